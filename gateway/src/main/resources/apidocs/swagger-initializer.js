// Shows the contract of the channel named by the page's path (/api-docs/bank -> contracts/bank/openapi.yaml).
// The schemas name themselves by an $id under contracts.jamsostek.example, against which their relative references
// resolve: those addresses are read from this gateway's copy instead. "Try it out" is off: partners try requests
// against their sandbox with the integration guides (docs/guides).
window.onload = function () {
  const channel = window.location.pathname.split("/").filter(Boolean).pop();
  const schemaIds = "https://contracts.jamsostek.example/";
  window.ui = SwaggerUIBundle({
    url: "/api-docs/contracts/" + channel + "/openapi.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    supportedSubmitMethods: [],
    validatorUrl: null,
    requestInterceptor: function (request) {
      if (request.url.startsWith(schemaIds)) {
        request.url = "/api-docs/contracts/" + request.url.substring(schemaIds.length);
      }
      return request;
    }
  });
};
