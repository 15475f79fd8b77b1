package dev.crosscheck.catalog;

/**
 * The catalog in force (entities, properties, units). It changes only when the curated files are
 * re-read; whoever loads them provides it, so reading a catalog never depends on how it was loaded.
 */
public interface CurrentCatalog {

    Catalog catalog();
}
