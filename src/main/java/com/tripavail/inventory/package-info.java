/**
 * Rooms per night and seats per tour departure, with total/held/sold counters that database
 * constraints keep from going negative or oversold whatever the code does.
 */
package com.tripavail.inventory;
