/**
 * Hotel and tour packages: drafting, the publishing gate (only approved providers and properties
 * publish), the public listing and detail.
 */
package com.tripavail.catalog;
