#pragma once

#include "simulators/common/SimHttp.h"
#include "simulators/dmp/DmpSimulatorConfig.h"

#include <QMutex>
#include <QString>

namespace sgl::simulators::dmp {

class DmpRegistry;

/** The context the portal received in its last accepted request (tests). */
struct DmpWebAccessReceived {
    QString ins;      ///< 15 characters
    QString insOid;
    QString rppsHint; ///< empty when not sent
    QString lpsName;
    QString lpsVersion;
};

/**
 * The DMP professional web portal's contextual entry point (TD0.9), as the SGL calls it
 * (interop::dmp::DmpWebAccessRequest, docs/decisions/0004-dmp-web-access.md): GET path() with
 * ins, ins_oid, rpps_hint (optional), lps_name, lps_version (optional). Answers a French HTML
 * page showing the patient context (INS, OID, whether a DMP exists and how many documents it
 * holds) and the professional context (RPPS hint, LPS) it received, with stable element ids
 * (ins, ins-oid, rpps-hint, lps-name, dmp-status) for the tests. The real portal would
 * authenticate the professional through their Pro Santé Connect session here; the simulator
 * only shows that step as not simulated.
 *
 * Refusals (400, French HTML page naming the parameter): ins or ins_oid missing, ins not 15
 * characters or with a wrong NIR key, ins_oid not one of config.acceptedInsOids, rpps_hint present
 * but not 11 digits, lps_name missing. Never logs the INS.
 */
class DmpWebPortal : public common::SimHttpHandler
{
public:
    DmpWebPortal(const DmpSimulatorConfig &config, DmpRegistry &registry);

    [[nodiscard]] common::SimHttpResponse handle(const common::SimHttpRequest &request) override;

    [[nodiscard]] static QString path();
    [[nodiscard]] DmpWebAccessReceived lastReceived() const;
    [[nodiscard]] int acceptedCount() const;

private:
    [[nodiscard]] static common::SimHttpResponse page(int status, const QString &title, const QString &body);

    DmpSimulatorConfig m_config;
    DmpRegistry &m_registry;
    mutable QMutex m_mutex;
    DmpWebAccessReceived m_last;
    int m_accepted = 0;
};

} // namespace sgl::simulators::dmp
