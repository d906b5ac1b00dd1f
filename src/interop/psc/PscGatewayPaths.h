#pragma once

namespace sgl::interop::psc {

/**
 * Paths of the lab's PSC gateway (PscGatewayServer), each a POST of the same form as the PSC
 * endpoint it forwards to, without client authentication: the gateway adds the secret.
 */
struct PscGatewayPaths {
    static constexpr const char *Token = "/psc/token";           ///< → token_endpoint
    static constexpr const char *Introspect = "/psc/introspect"; ///< → introspection_endpoint
    static constexpr const char *Logout = "/psc/logout";         ///< → end_session_endpoint
};

} // namespace sgl::interop::psc
