/** JPA helpers shared by every capability (type converters). */
package com.tripavail.platform.persistence;
