/**
 * Liquid neural network inference in plain Java: LTC and CfC cells computing exactly what the ncps torch
 * cells compute (checked by golden vectors), NCP and fully connected wirings stored as data, a stateful
 * {@link aura.domain.lnn.LiquidNetwork} sequence model, the versioned AURA-LNN model file codec and a
 * {@link aura.domain.lnn.Forecaster} turning a window of raw metrics into multi-horizon forecasts.
 *
 * <p>JDK only. Parameters carry the ncps torch {@code state_dict} names and layouts (Linear weights out×in
 * row-major, synapse matrices [pre, post]) so a trainer can export and import them by name.
 */
package aura.domain.lnn;
