package com.tripavail.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every job every capability declares (through its {@link JobCatalog}), by name. */
@ApplicationScoped
public class Jobs {
    @Inject
    @Any
    Instance<JobCatalog> catalogs;

    public List<JobDefinition> all() {
        List<JobDefinition> all = new ArrayList<>();
        catalogs.forEach(c -> all.addAll(c.jobs()));
        all.sort(Comparator.comparing(JobDefinition::name));
        return all;
    }

    public Optional<JobDefinition> find(String name) {
        return all().stream().filter(j -> j.name().equals(name)).findFirst();
    }
}
