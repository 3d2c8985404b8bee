package org.msckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Bibliographic vocabularies for references: BIBO identifiers, FaBiO work types, PRISM journal names. */
public final class Bibliography {
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final String FABIO = "http://purl.org/spar/fabio/";
    public static final String PRISM = "http://prismstandard.org/namespaces/basic/2.0/";

    public static final Property doi = ResourceFactory.createProperty(BIBO + "doi");
    public static final Property pmid = ResourceFactory.createProperty(BIBO + "pmid");
    public static final Property publicationName = ResourceFactory.createProperty(PRISM + "publicationName");
    public static final Property hasPublicationYear = ResourceFactory.createProperty(FABIO + "hasPublicationYear");
    public static final Resource JournalArticle = ResourceFactory.createResource(FABIO + "JournalArticle");

    public static final String DOI_RESOLVER = "https://doi.org/";
    public static final String PUBMED = "https://pubmed.ncbi.nlm.nih.gov/";

    private Bibliography() {}
}
