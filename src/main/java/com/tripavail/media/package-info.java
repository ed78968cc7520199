/**
 * Uploaded files (package and property images, verification documents): signed, expiring upload
 * and download URLs, content checked by its magic bytes, bytes in the storage directory and only
 * metadata in PostgreSQL.
 */
package com.tripavail.media;
