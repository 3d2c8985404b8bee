package org.msckg.web.pages;

/** The frame every page shares: title, navigation bar, stylesheet, footer. */
public final class Layout {
    private Layout() {}

    /** @param body HTML already escaped by the page that built it */
    public static String page(String title, String body) {
        return page(title, body, "");
    }

    /** @param scripts script elements for the end of the body */
    public static String page(String title, String body, String scripts) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · msckg</title>
                <link rel="stylesheet" href="/static/style.css">
                </head>
                <body>
                <header class="nav">
                  <a class="brand" href="/">msckg</a>
                  <nav>
                    <a href="/search">Search</a>
                    <a href="/mechanism">Mechanisms</a>
                    <a href="/compare">Compare</a>
                    <a href="/queries">Queries</a>
                    <a href="/sparql">SPARQL</a>
                    <a href="/api-docs">API</a>
                  </nav>
                  <form class="nav-search" action="/search" method="get" role="search">
                    <input type="search" name="q" placeholder="iPSC-MSC, TSG-6, CL:0000134" aria-label="Search the graph">
                  </form>
                </header>
                <main>
                %s
                </main>
                <footer>Curated from Liu TM, <i>World J Stem Cells</i> 2021;13(12):1826-1844 (CC BY-NC 4.0).
                 Every statement links to the sentence of the review that supports it.</footer>
                %s
                </body>
                </html>
                """.formatted(Html.escape(title), body, scripts);
    }
}
