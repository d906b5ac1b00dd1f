#include "simulators/dmp/DmpWebPortal.h"

#include "domain/identity/NirKey.h"
#include "interop/dmp/DmpWebAccessRequest.h"
#include "simulators/dmp/DmpRegistry.h"
#include "simulators/dmp/Tr.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcDmpWeb, "sgl.sim.dmp.web", QtWarningMsg)

namespace sgl::simulators::dmp {

using Request = interop::dmp::DmpWebAccessRequest;

namespace {

QString webPortalOidLabel(const QString &oid)
{
    if (oid == QLatin1StringView("1.2.250.1.213.1.4.8"))
        return Tr::tr("NIR");
    if (oid == QLatin1StringView("1.2.250.1.213.1.4.9"))
        return Tr::tr("NIA");
    if (oid == QLatin1StringView("1.2.250.1.213.1.4.10"))
        return Tr::tr("NIR de test");
    if (oid == QLatin1StringView("1.2.250.1.213.1.4.11"))
        return Tr::tr("NIA de test");
    return Tr::tr("inconnu");
}

QString webPortalRow(const QString &id, const QString &label, const QString &value)
{
    return QStringLiteral("<dt>%1</dt><dd id=\"%2\">%3</dd>\n").arg(label.toHtmlEscaped(), id, value.toHtmlEscaped());
}

} // namespace

DmpWebPortal::DmpWebPortal(const DmpSimulatorConfig &config, DmpRegistry &registry)
    : m_config(config), m_registry(registry)
{
}

QString DmpWebPortal::path()
{
    return QStringLiteral("/web-ps/acces-contexte");
}

DmpWebAccessReceived DmpWebPortal::lastReceived() const
{
    QMutexLocker lock(&m_mutex);
    return m_last;
}

int DmpWebPortal::acceptedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_accepted;
}

common::SimHttpResponse DmpWebPortal::page(int status, const QString &title, const QString &body)
{
    common::SimHttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=UTF-8");
    // The INS is in the URL: the page must not be cached nor leak it to another site.
    r.headers = {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                 {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")}};
    r.body = QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                            "<body><h1>%1</h1>\n%2</body></html>\n")
                 .arg(title.toHtmlEscaped(), body)
                 .toUtf8();
    return r;
}

common::SimHttpResponse DmpWebPortal::handle(const common::SimHttpRequest &request)
{
    const QString title = Tr::tr("DMP — accès web des professionnels (simulateur)");
    if (request.method != QByteArrayLiteral("GET"))
        return page(405, title, Tr::tr("<p id=\"error\">Méthode non acceptée : GET attendu.</p>"));
    const QUrlQuery q(QString::fromUtf8(request.query));
    auto refuse = [&](const QString &why) {
        qCInfo(lcDmpWeb).noquote() << "web access refused:" << why;
        return page(400, title, QStringLiteral("<p id=\"error\">%1</p>\n").arg(why.toHtmlEscaped()));
    };
    const auto value = [&](QLatin1StringView key) { return q.queryItemValue(key, QUrl::FullyDecoded).trimmed(); };
    const QString ins = value(Request::kIns);
    const QString oid = value(Request::kInsOid);
    const QString rpps = value(Request::kRppsHint);
    const QString lpsName = value(Request::kLpsName);
    if (ins.isEmpty())
        return refuse(Tr::tr("Paramètre « %1 » manquant : l'INS du patient est obligatoire.").arg(Request::kIns));
    if (oid.isEmpty())
        return refuse(Tr::tr("Paramètre « %1 » manquant : l'OID de l'INS est obligatoire.").arg(Request::kInsOid));
    static const QRegularExpression insShape(QStringLiteral("^[0-9]{5}(2A|2B|[0-9]{2})[0-9]{6}[0-9]{2}$"));
    if (!insShape.match(ins).hasMatch() || !domain::NirKey::check(ins.left(13), ins.mid(13)))
        return refuse(Tr::tr("INS mal formé : 15 caractères (matricule et clé valide) attendus."));
    if (!m_config.acceptedInsOids.contains(oid))
        return refuse(Tr::tr("OID d'INS non accepté par cette plateforme : %1.").arg(oid));
    if (!rpps.isEmpty() && !Request::isRpps(rpps))
        return refuse(Tr::tr("Paramètre « %1 » invalide : 11 chiffres attendus.").arg(Request::kRppsHint));
    if (lpsName.isEmpty())
        return refuse(Tr::tr("Paramètre « %1 » manquant : le logiciel appelant doit se nommer.").arg(Request::kLpsName));

    DmpWebAccessReceived received{ins, oid, rpps, lpsName, value(Request::kLpsVersion)};
    {
        QMutexLocker lock(&m_mutex);
        m_last = received;
        ++m_accepted;
    }
    qCInfo(lcDmpWeb).noquote() << "web access context received, OID" << oid << (rpps.isEmpty() ? "without" : "with")
                               << "RPPS hint";
    const DmpPatient dmp = m_registry.patient(ins, m_config.openDmpForEveryIns);
    int documents = 0;
    for (const DmpStoredEntry &e : m_registry.latestForPatient(ins))
        documents += e.signature ? 0 : 1;
    const QString dmpStatus = dmp.exists ? Tr::tr("DMP existant, %n document(s)", nullptr, documents)
                                         : Tr::tr("pas de DMP pour cet INS");
    QString body;
    body += QStringLiteral("<h2>%1</h2>\n<dl>\n").arg(Tr::tr("Patient").toHtmlEscaped());
    body += webPortalRow(QStringLiteral("ins"), Tr::tr("INS"), ins);
    body += webPortalRow(QStringLiteral("ins-oid"), Tr::tr("OID de l'INS"), oid);
    body += webPortalRow(QStringLiteral("ins-kind"), Tr::tr("Nature de l'INS"), webPortalOidLabel(oid));
    body += webPortalRow(QStringLiteral("dmp-status"), Tr::tr("DMP"), dmpStatus);
    body += QStringLiteral("</dl>\n<h2>%1</h2>\n<dl>\n").arg(Tr::tr("Professionnel").toHtmlEscaped());
    body += webPortalRow(QStringLiteral("rpps-hint"), Tr::tr("RPPS attendu (indication du logiciel)"),
                rpps.isEmpty() ? Tr::tr("non transmis") : rpps);
    body += webPortalRow(QStringLiteral("authentication"), Tr::tr("Authentification"),
                Tr::tr("Pro Santé Connect : session du navigateur (non simulée ici)"));
    body += webPortalRow(QStringLiteral("lps-name"), Tr::tr("Logiciel appelant"), lpsName);
    body += webPortalRow(QStringLiteral("lps-version"), Tr::tr("Version du logiciel"), received.lpsVersion);
    body += QStringLiteral("</dl>\n");
    return page(200, title, body);
}

} // namespace sgl::simulators::dmp
