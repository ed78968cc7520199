/**
 * Search across hotel and tour packages: the denormalised search documents and their indexing
 * queue, the indexing job (incremental and full rebuild), and the typo-tolerant full-text query
 * with facets.
 */
package com.tripavail.search;
