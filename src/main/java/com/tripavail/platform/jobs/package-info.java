/** Coordination of scheduled work across instances (who runs a daily job today). */
package com.tripavail.platform.jobs;
