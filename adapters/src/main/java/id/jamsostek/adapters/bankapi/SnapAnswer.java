package id.jamsostek.adapters.bankapi;

import tools.jackson.databind.JsonNode;

/** A bank's SNAP answer that reached us whole: its HTTP status, response code and message, and the JSON body. */
record SnapAnswer(int httpStatus, String responseCode, String responseMessage, JsonNode body) {

    boolean is(String code) {
        return code.equals(responseCode);
    }

    /** 401xx01 "Invalid Token (B2B)" or 401xx03 "Token Not Found (B2B)": the token expired or the bank forgot it. */
    boolean refusesToken(String serviceCode) {
        return is("401" + serviceCode + "01") || is("401" + serviceCode + "03");
    }
}
