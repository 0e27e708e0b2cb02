/*
 * Source: OpenGamma/Strata, modules/product/src/main/java/com/opengamma/strata/product/common/PutCall.java, commit
 * 39c46e342a4a95ac083d66287f038f6ae276692a. Licence: Apache-2.0 (LICENSE.txt).
 * Computes: nothing; the enum that chooses put or call in NormalFormulaRepository.
 * Edits: package changed; "implements NamedEnum", the NAMES helper, of(String) and toString (Joda-Convert and
 * Strata's EnumNames) and their imports are omitted. The constants, ofPut, isPut, isCall and opposite are verbatim.
 */
package corpus.options;

/**
 * Flag indicating whether a trade is "put" or "call".
 * <p>
 * The concepts of put and call apply to options trading.
 * A call gives the owner the right, but not obligation, to buy the underlying at
 * an agreed price in the future. A put gives a similar option to sell.
 */
public enum PutCall {

  /**
   * Put.
   */
  PUT,
  /**
   * Call.
   */
  CALL;

  /**
   * Converts a boolean "is put" flag to the enum value.
   * 
   * @param isPut  the put flag, true for put, false for call
   * @return the equivalent enum
   */
  public static PutCall ofPut(boolean isPut) {
    return isPut ? PUT : CALL;
  }

  //-------------------------------------------------------------------------
  /**
   * Checks if the type is 'Put'.
   * 
   * @return true if put, false if call
   */
  public boolean isPut() {
    return this == PUT;
  }

  /**
   * Checks if the type is 'Call'.
   * 
   * @return true if call, false if put
   */
  public boolean isCall() {
    return this == CALL;
  }

  //-------------------------------------------------------------------------
  /**
   * Supplies the opposite of this value.
   *
   * @return the opposite value
   */
  public PutCall opposite() {
    return isPut() ? CALL : PUT;
  }
}
