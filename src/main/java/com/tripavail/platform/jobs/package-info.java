/**
 * The one jobs framework: capabilities declare their jobs ({@link com.tripavail.platform.jobs.JobCatalog}),
 * {@link com.tripavail.platform.jobs.JobScheduler} keeps one persistent timer per job, every run is a
 * Jakarta Batch execution started under a cluster-wide claim, and switches turn jobs off cluster-wide.
 */
package com.tripavail.platform.jobs;
