/** Coordination of scheduled work across instances: who runs a daily job today, one timer per job, job switches, starting batch jobs. */
package com.tripavail.platform.jobs;
