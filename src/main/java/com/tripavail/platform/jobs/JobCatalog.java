package com.tripavail.platform.jobs;

import java.util.List;

/** Implemented by one bean per capability: the background jobs that capability declares. */
public interface JobCatalog {
    List<JobDefinition> jobs();
}
