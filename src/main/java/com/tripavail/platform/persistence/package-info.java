/** Persistence helpers shared by every capability: type converters, the read datasource, SQL text building. */
package com.tripavail.platform.persistence;
