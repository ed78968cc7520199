/** Operating the service: health checks, version, the migration tool, backups and job endpoints. */
package com.tripavail.ops;
