package dev.nabla.sample;

/** The market an option is priced in: spot price, volatility and interest rate, the point of its Greeks. */
public record Market(double spot, double volatility, double rate) {}
