package vn.antt.infrastructure.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Makes the database's {@code f_search_key(text)} (lower case, no diacritics, đ as d; see V1__territory.sql) callable
 * in JPQL as a string function, so that searches can use its trigram indexes.
 */
public class SearchFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern("f_search_key", "f_search_key(?1)",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING));
    }
}
