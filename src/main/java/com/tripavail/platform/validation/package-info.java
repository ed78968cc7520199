/** Bean Validation constraints shared by the request bodies of every capability. */
package com.tripavail.platform.validation;
