#include "workflow/dmp/DmpWebAccess.h"

#include "interop/dmp/DmpWebAccessRequest.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/dispatch/DmpSettings.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sgl::workflow::dmp {

namespace {

QString webAccessStatusLabel(domain::IdentityStatus status)
{
    switch (status) {
    case domain::IdentityStatus::Prov:
        return Tr::tr("identité provisoire");
    case domain::IdentityStatus::Recup:
        return Tr::tr("identité récupérée (pièce d'identité à haut niveau de confiance non vérifiée)");
    case domain::IdentityStatus::Vali:
        return Tr::tr("identité validée (INS non récupérée par INSi)");
    case domain::IdentityStatus::Qual:
        return Tr::tr("identité qualifiée");
    }
    return {};
}

QString webAccessAuditJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

DmpWebAccessConfig DmpWebAccessConfig::fromSettings(const domain::Result<dispatch::DmpSettings> &settings)
{
    DmpWebAccessConfig c;
    c.lpsVersion = QCoreApplication::applicationVersion();
    if (!settings) {
        c.settingsError = settings.error();
        return c;
    }
    c.portalUrl = settings->webAccessUrl;
    if (!settings->lpsName.trimmed().isEmpty())
        c.lpsName = settings->lpsName.trimmed();
    if (!settings->lpsVersion.trimmed().isEmpty())
        c.lpsVersion = settings->lpsVersion.trimmed();
    return c;
}

DmpWebAccess::DmpWebAccess(storage::Database &db, domain::UserSession session, DmpWebAccessConfig config)
    : m_db(db), m_session(std::move(session)), m_actor(domain::AuditActor::fromSession(m_session)),
      m_config(std::move(config)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

domain::Status DmpWebAccess::available() const
{
    if (auto ok = requirePermission(m_session, domain::Permission::PatientRead); !ok)
        return ok;
    if (m_config.settingsError)
        return domain::fail(errc::DmpWebNotConfigured,
                            Tr::tr("Accès web au DMP indisponible : réglages [dmp] illisibles (%1).")
                                .arg(m_config.settingsError->message),
                            m_config.settingsError->location);
    if (m_config.portalUrl.trimmed().isEmpty())
        return domain::fail(errc::DmpWebNotConfigured,
                            Tr::tr("Accès web au DMP non configuré sur ce poste : l'administrateur renseigne l'adresse du "
                                   "portail (Administration ▸ Services nationaux, [dmp] web_access_url)."));
    if (m_session.signInMethod != domain::SignInMethod::ProSanteConnect)
        return domain::fail(errc::DmpWebPscRequired,
                            Tr::tr("L'accès web au DMP exige une connexion par Pro Santé Connect (e-CPS ou carte CPS) : "
                                   "vous êtes connecté par mot de passe. Reconnectez-vous avec Pro Santé Connect."));
    if (m_session.expiresAt.isValid() && m_session.expiresAt <= m_clock())
        return domain::fail(errc::DmpWebPscExpired,
                            Tr::tr("Votre session Pro Santé Connect a expiré : reconnectez-vous pour ouvrir le DMP."));
    return {};
}

std::optional<domain::Error> DmpWebAccess::identityRefusal(const domain::Patient &patient)
{
    if (patient.mergedInto != 0)
        return domain::Error{errc::IdentityMerged,
                             Tr::tr("Ce dossier patient a été fusionné : ouvrez le DMP depuis le dossier conservé."), {}};
    if (patient.status != domain::IdentityStatus::Qual) {
        const QString noIns = patient.ins.isEmpty() ? Tr::tr(" (pas d'INS)") : QString();
        return domain::Error{errc::DmpWebInsNotQualified,
                             Tr::tr("INS non qualifiée : %1%2. Le DMP ne s'ouvre qu'avec une identité qualifiée "
                                    "(INS récupérée par INSi et pièce d'identité vérifiée).")
                                 .arg(webAccessStatusLabel(patient.status), noIns),
                             {}};
    }
    if (patient.ins.isEmpty())
        return domain::Error{errc::DmpWebNoIns,
                             Tr::tr("Pas d'INS enregistrée pour le patient %1 : le DMP ne peut pas être ouvert. "
                                    "Interrogez INSi pour récupérer son INS.")
                                 .arg(patient.localId),
                             {}};
    return std::nullopt;
}

domain::Result<DmpWebAccessLink> DmpWebAccess::openForPatient(qint64 patientId)
{
    if (auto ok = available(); !ok)
        return std::unexpected(ok.error());
    if (patientId <= 0)
        return domain::fail(errc::DmpWebNoPatient,
                            Tr::tr("Aucun patient sélectionné : choisissez le patient dont vous voulez ouvrir le DMP."));
    const QUrl portal(m_config.portalUrl.trimmed());
    // The outcome is decided and audited inside the transaction; a refusal commits its audit row
    // (the patient was read) and is returned after the commit.
    struct Outcome {
        DmpWebAccessLink link;
        std::optional<domain::Error> refusal;
    };
    auto outcome = m_db.write([&](storage::WriteTx &tx) -> domain::Result<Outcome> {
        auto patient = storage::PatientRepository::get(tx, patientId, m_actor);
        if (!patient)
            return std::unexpected(patient.error());
        Outcome out;
        out.link.patientLocalId = patient->localId;
        out.refusal = identityRefusal(*patient);
        QUrl url;
        if (!out.refusal) {
            interop::dmp::DmpWebAccessContext context{m_config.portalUrl, patient->ins, m_session.rpps.trimmed(),
                                                      m_config.lpsName, m_config.lpsVersion};
            auto built = interop::dmp::DmpWebAccessRequest::build(context);
            if (built)
                url = *built;
            else
                out.refusal = built.error();
        }
        QJsonObject details{{QStringLiteral("portal"), portal.host() + portal.path()}};
        QString action;
        if (out.refusal) {
            details.insert(QStringLiteral("reason"), out.refusal->code);
            action = QStringLiteral("dmp.web_access_refused");
        } else {
            details.insert(QStringLiteral("ins_oid"), patient->ins.oid);
            if (interop::dmp::DmpWebAccessRequest::isRpps(m_session.rpps.trimmed()))
                details.insert(QStringLiteral("rpps_hint"), m_session.rpps.trimmed());
            details.insert(QStringLiteral("sign_in"), QStringLiteral("psc"));
            action = QStringLiteral("dmp.web_access");
            out.link.url = url;
        }
        auto audited = storage::AuditRepository::append(tx, m_actor, action, QStringLiteral("patient"),
                                                        QString::number(patient->id), {}, webAccessAuditJson(details));
        if (!audited)
            return std::unexpected(audited.error());
        return out;
    });
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->refusal)
        return std::unexpected(*outcome->refusal);
    return outcome->link;
}

} // namespace sgl::workflow::dmp
