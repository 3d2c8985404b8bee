package org.msckg.web;

import org.msckg.web.compare.CompareController;
import org.msckg.web.entity.EntityController;
import org.msckg.web.explain.ExplainController;
import org.msckg.web.home.HomeController;
import org.msckg.web.mechanism.MechanismController;
import org.msckg.web.openapi.OpenApiController;
import org.msckg.web.queries.QueryPageController;
import org.msckg.web.search.SearchController;

/** The controllers of the pages and of the JSON API beside them. */
public record WebControllers(
        HomeController home,
        SearchController search,
        EntityController entity,
        MechanismController mechanism,
        CompareController compare,
        QueryPageController queryPages,
        OpenApiController openApi,
        ExplainController explain) {}
