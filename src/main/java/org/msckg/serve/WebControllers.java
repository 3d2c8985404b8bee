package org.msckg.serve;

import org.msckg.serve.compare.CompareController;
import org.msckg.serve.entity.EntityController;
import org.msckg.serve.explain.ExplainController;
import org.msckg.serve.home.HomeController;
import org.msckg.serve.mechanism.MechanismController;
import org.msckg.serve.openapi.OpenApiController;
import org.msckg.serve.queries.QueryPageController;
import org.msckg.serve.search.SearchController;

/** The controllers of the pages and of the JSON API beside them. */
public record WebControllers(HomeController home, SearchController search, EntityController entity, MechanismController mechanism,
                             CompareController compare, QueryPageController queryPages, OpenApiController openApi,
                             ExplainController explain) {}
