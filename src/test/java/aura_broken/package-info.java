/**
 * Code that breaks every rule of the house on purpose, so ArchitectureTest can show each rule fails on it.
 * It is outside {@code aura} and never scanned with the production classes.
 */
package aura_broken;
