package org.msckg.web.describe;

/** The routes that describe the service rather than the graph's content: the dataset (VoID, DCAT) and the metrics. */
public record Descriptions(DescriptionController dataset, MetricsController metrics) {}
