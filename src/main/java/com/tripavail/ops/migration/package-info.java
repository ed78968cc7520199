/**
 * The Liquibase migration tool and its lock handling; shipped on its own as tripavail-migrate.jar,
 * so nothing here may depend on the server.
 */
package com.tripavail.ops.migration;
