#pragma once

#include "domain/Error.h"
#include "domain/security/UserSession.h"

#include <QString>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * The demo lab's analyzers: every shipped profile installed (inactive, as for a real lab), and
 * the two instruments the demo simulators play, configured from them by the administrator on
 * loopback: `xn-demo` (Sysmex XN, ASTM, 127.0.0.1:kXnPort) and `cobas-demo` (cobas pro, HL7 LAW,
 * 127.0.0.1:kCobasPort, mapped by the demo catalogue's COBAS analyzer codes). Returns how many
 * profiles the database holds afterwards.
 */
class DemoAnalyzers {
public:
    static constexpr int kXnPort = 5001;
    static constexpr int kCobasPort = 5002;

    [[nodiscard]] static domain::Result<int> seed(storage::Database &db, const domain::UserSession &admin);
};

} // namespace sgl::workflow
