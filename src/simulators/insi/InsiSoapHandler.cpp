#include "simulators/insi/InsiSoapHandler.h"

#include "interop/insi/InsiTypes.h"
#include "interop/insi/OrganisationCertificate.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlElement.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>

namespace sgl::simulators::insi {

Q_LOGGING_CATEGORY(lcInsiSim, "sgl.sim.insi", QtWarningMsg)

using interop::xml::XmlElement;
using interop::xml::XmlNode;
namespace ins = interop::insi;

namespace {

const QString kSoap = QString::fromLatin1(ins::ns::kSoap);
const QString kRecSans = QString::fromLatin1(ins::ns::kRecSans);
const QString kRecVit = QString::fromLatin1(ins::ns::kRecVit);

SimResponse resultat(const QString &code, const QString &label, const SimIdentity *identity)
{
    XmlElement env(QStringLiteral("soap:Envelope"));
    env.declareNamespace(QStringLiteral("soap"), kSoap);
    XmlElement &body = env.append(XmlElement(QStringLiteral("soap:Body")));
    XmlElement res(QStringLiteral("RESULTAT"));
    res.declareNamespace(QString(), QString::fromLatin1(ins::ns::kResultat));
    res.append(XmlElement(QStringLiteral("CR")))
        .addTextChild(QStringLiteral("CodeCR"), code)
        .addTextChild(QStringLiteral("LibelleCR"), label);
    if (identity != nullptr) {
        XmlElement &ind = res.append(XmlElement(QStringLiteral("INDIVIDU")));
        const auto insElement = [](const char *name, const SimIns &i) {
            XmlElement e{QString::fromLatin1(name)};
            e.append(XmlElement(QStringLiteral("IdIndividu")))
                .addTextChild(QStringLiteral("NumIdentifiant"), i.matricule)
                .addTextChild(QStringLiteral("Cle"), i.key);
            e.addTextChild(QStringLiteral("OID"), i.oid);
            if (!i.dateDeb.isEmpty())
                e.addTextChild(QStringLiteral("DateDeb"), i.dateDeb);
            if (!i.dateFin.isEmpty())
                e.addTextChild(QStringLiteral("DateFin"), i.dateFin);
            return e;
        };
        ind.append(insElement("INSACTIF", identity->ins));
        for (const SimIns &h : identity->history)
            ind.append(insElement("INSHISTO", h));
        XmlElement &tiq = ind.append(XmlElement(QStringLiteral("TIQ")));
        tiq.addTextChild(QStringLiteral("NomNaissance"), identity->birthName);
        tiq.addTextChild(QStringLiteral("Prenom"), identity->firstNames.first());
        tiq.addTextChild(QStringLiteral("ListePrenom"), identity->firstNames.join(QLatin1Char(' ')));
        tiq.addTextChild(QStringLiteral("Sexe"), identity->sex);
        tiq.addTextChild(QStringLiteral("DateNaissance"), identity->birthDate);
        if (!identity->birthPlace.isEmpty())
            tiq.addTextChild(QStringLiteral("LieuNaissance"), identity->birthPlace);
    }
    body.append(std::move(res));
    SimResponse r;
    r.body = env.toXml().value_or(QByteArray());
    return r;
}

// Path of the kit's XSD folder entries used by the simulator.
QString xsd(const QString &dir, const char *rel)
{
    return QDir(dir).filePath(QString::fromLatin1(rel));
}

QString actionFromContentType(const QString &contentType)
{
    static const QRegularExpression re(QStringLiteral("action\\s*=\\s*\"?([^\";]+)\"?"));
    const auto m = re.match(contentType);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

InsiSoapHandler::InsiSoapHandler(InsiIdentityBase base, std::optional<Schemas> schemas)
    : m_base(std::move(base)), m_schemas(std::move(schemas))
{
}

domain::Result<std::unique_ptr<InsiSoapHandler>> InsiSoapHandler::create(InsiIdentityBase base,
                                                                         const QString &schemaDirectory)
{
    std::optional<Schemas> schemas;
    if (!schemaDirectory.isEmpty() && QDir(schemaDirectory).exists()) {
        auto lps = interop::xml::XmlSchema::load(xsd(schemaDirectory, "CTX/ROOT_ctxlps_CTXLPS_V01_00.xsd"));
        auto bam = interop::xml::XmlSchema::load(xsd(schemaDirectory, "CTX/ROOT_ctxbam_CTXBAM_V01_02.xsd"));
        auto sans = interop::xml::XmlSchema::load(xsd(schemaDirectory, "ServiceIdentiteCertifiee/INSi_RECSANS_INS.xsd"));
        auto vit = interop::xml::XmlSchema::load(xsd(schemaDirectory, "ServiceIdentiteCertifiee/INSi_RECVITALE_INS.xsd"));
        for (const auto *r : {&lps, &bam, &sans, &vit})
            if (!*r)
                return std::unexpected(r->error());
        schemas = Schemas{std::move(*lps), std::move(*bam), std::move(*sans), std::move(*vit)};
    }
    return std::unique_ptr<InsiSoapHandler>(new InsiSoapHandler(std::move(base), std::move(schemas)));
}

SimResponse InsiSoapHandler::fault(int httpStatus, const QString &code, const QString &subcode,
                                   const QString &errorCode, const QString &severity, const QString &text)
{
    XmlElement env(QStringLiteral("soap:Envelope"));
    env.declareNamespace(QStringLiteral("soap"), kSoap);
    XmlElement &f = env.append(XmlElement(QStringLiteral("soap:Body"))).append(XmlElement(QStringLiteral("soap:Fault")));
    XmlElement &c = f.append(XmlElement(QStringLiteral("soap:Code")));
    c.addTextChild(QStringLiteral("soap:Value"), code);
    if (!subcode.isEmpty())
        c.append(XmlElement(QStringLiteral("soap:Subcode"))).addTextChild(QStringLiteral("soap:Value"), subcode);
    f.append(XmlElement(QStringLiteral("soap:Reason")))
        .append(XmlElement(QStringLiteral("soap:Text"), text))
        .setAttribute(QStringLiteral("xml:lang"), QStringLiteral("fr"));
    if (!errorCode.isEmpty()) {
        XmlElement err(QStringLiteral("siram:Erreur"), text);
        err.declareNamespace(QStringLiteral("siram"), QString::fromLatin1(ins::ns::kSiram));
        err.setAttribute(QStringLiteral("severite"), severity);
        err.setAttribute(QStringLiteral("code"), errorCode);
        f.append(XmlElement(QStringLiteral("soap:Detail"))).append(std::move(err));
    }
    SimResponse r;
    r.status = httpStatus;
    r.body = env.toXml().value_or(QByteArray());
    return r;
}

SimResponse InsiSoapHandler::handle(const SimRequest &request)
{
    SimCallLog log;
    SimResponse r = answer(request, log);
    record(log);
    return r;
}

void InsiSoapHandler::record(const SimCallLog &log)
{
    qCInfo(lcInsiSim) << "INSi call MessageID" << log.messageId << "ContexteLPS Id" << log.contextId
                      << "action" << log.action << "->" << log.outcome;
    QMutexLocker lock(&m_mutex);
    m_calls.append(log);
}

QList<SimCallLog> InsiSoapHandler::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

SimResponse InsiSoapHandler::answer(const SimRequest &request, SimCallLog &log)
{
    const auto senderFault = [&](const QString &code, const QString &text) {
        log.outcome = code;
        return fault(500, QStringLiteral("soap:Sender"), QStringLiteral("soap:") + code, code,
                     QStringLiteral("erreur"), text);
    };
    const bool cpx = request.clientCertCn.isEmpty() && m_cpx.has_value();
    if (!cpx && !ins::OrganisationCertificate::isInsiCommonName(request.clientCertCn)) {
        log.outcome = QStringLiteral("DESIR_560");
        return fault(500, QStringLiteral("soap:Sender"), QStringLiteral("soap:siram_100"), QStringLiteral("DESIR_560"),
                     QStringLiteral("fatale"),
                     QStringLiteral("Le certificat presente n'est pas autorise pour ce service."));
    }
    auto doc = interop::xml::XmlDocument::parse(request.body, QStringLiteral("requete"));
    if (!doc)
        return senderFault(QStringLiteral("siram_10"), QStringLiteral("Requete XML mal formee : ") + doc.error().message);
    const XmlNode env = doc->root();
    if (env.localName() != QLatin1String("Envelope") || env.namespaceUri() != kSoap) {
        log.outcome = QStringLiteral("VersionMismatch");
        return fault(500, QStringLiteral("soap:VersionMismatch"), {}, {}, {},
                     QStringLiteral("Enveloppe SOAP 1.2 attendue."));
    }
    std::optional<CpxCaller> caller;
    if (cpx) {
        auto verified = m_cpx->verify(*doc);
        if (!verified) {
            log.outcome = QStringLiteral("siram_40");
            return fault(500, QStringLiteral("soap:Sender"), QStringLiteral("soap:siram_40"), QStringLiteral("siram_40"),
                         QStringLiteral("fatale"), verified.error().message);
        }
        caller = *verified;
        log.cpxNationalId = caller->nationalId;
    }
    const XmlNode header = env.firstChild(kSoap, QStringLiteral("Header"));
    const XmlNode lps = header.firstChild(QString::fromLatin1(ins::ns::kCtxLps), QStringLiteral("ContexteLPS"));
    const XmlNode bam = header.firstChild(QString::fromLatin1(ins::ns::kCtxBam), QStringLiteral("ContexteBAM"));
    const XmlNode messageId = header.firstChild(QString::fromLatin1(ins::ns::kWsa), QStringLiteral("MessageID"));
    const XmlNode action = header.firstChild(QString::fromLatin1(ins::ns::kWsa), QStringLiteral("Action"));
    log.messageId = messageId.text().trimmed();
    log.contextId = lps.childText(QString::fromLatin1(ins::ns::kCtxLps), QStringLiteral("Id")).trimmed();
    log.action = action.text().trimmed();
    if (lps.isNull() || bam.isNull() || log.messageId.isEmpty())
        return senderFault(QStringLiteral("siram_20"),
                           QStringLiteral("En-tetes obligatoires absents (ContexteLPS, ContexteBAM, MessageID)."));
    if (caller && lps.childText(QString::fromLatin1(ins::ns::kCtxLps), QStringLiteral("Emetteur")).trimmed() != caller->nationalId) {
        log.outcome = QStringLiteral("siram_40");
        return fault(500, QStringLiteral("soap:Sender"), QStringLiteral("soap:siram_40"), QStringLiteral("siram_40"),
                     QStringLiteral("fatale"), QStringLiteral("Emetteur du ContexteLPS different du porteur de la carte."));
    }
    const XmlNode body = env.firstChild(kSoap, QStringLiteral("Body"));
    const QList<XmlNode> payloads = body.childElements();
    if (payloads.size() != 1)
        return senderFault(QStringLiteral("siram_20"), QStringLiteral("Corps SOAP : un seul element attendu."));
    const XmlNode payload = payloads.first();
    const bool traits = payload.namespaceUri() == kRecSans && payload.localName() == QLatin1String("RECSANSVITALE");
    const bool vitale = payload.namespaceUri() == kRecVit && payload.localName() == QLatin1String("RECVITALE");
    if (!traits && !vitale)
        return senderFault(QStringLiteral("siram_20"), QStringLiteral("Operation inconnue : ") + payload.localName());
    const QString expectedAction = QString::fromLatin1(traits ? ins::kActionTraits : ins::kActionVitale);
    const QString httpAction = actionFromContentType(request.contentType);
    if (log.action != expectedAction || (!httpAction.isEmpty() && httpAction != expectedAction))
        return senderFault(QStringLiteral("siram_20"), QStringLiteral("wsa:Action incoherente avec l'operation."));
    if (m_schemas) {
        for (const auto &[node, schema] : {std::pair{lps, &m_schemas->ctxLps}, std::pair{bam, &m_schemas->ctxBam},
                                           std::pair{payload, traits ? &m_schemas->recSans : &m_schemas->recVit}}) {
            const auto errors = schema->validateElement(node);
            if (!errors.isEmpty())
                return senderFault(QStringLiteral("siram_20"),
                                   QStringLiteral("Requete non conforme au schema (ligne %1) : %2")
                                       .arg(errors.first().line)
                                       .arg(errors.first().message));
        }
    }
    const QString idam = lps.firstChild(QString::fromLatin1(ins::ns::kCtxLps), QStringLiteral("LPS"))
                             .childText(QString::fromLatin1(ins::ns::kCtxLps), QStringLiteral("IDAM"))
                             .trimmed();
    if (!m_base.idamAllowed(idam)) {
        log.outcome = QStringLiteral("desir_550");
        return fault(500, QStringLiteral("soap:Sender"), QStringLiteral("soap:siram_100"), QStringLiteral("desir_550"),
                     QStringLiteral("fatale"), QStringLiteral("Numéro d'autorisation du logiciel inconnu."));
    }
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QList<SimIdentity> found;
    if (traits) {
        const QString ns = kRecSans;
        const auto firstNames = payload.childElements(ns, QStringLiteral("Prenom"));
        const QString sex = payload.childText(ns, QStringLiteral("Sexe")).trimmed();
        const QString date = payload.childText(ns, QStringLiteral("DateNaissance")).trimmed();
        const QString name = payload.childText(ns, QStringLiteral("NomNaissance")).trimmed();
        if (name.isEmpty() || firstNames.size() != 1 || (sex != QLatin1String("M") && sex != QLatin1String("F"))
            || !dateRe.match(date).hasMatch())
            return senderFault(QStringLiteral("siram_20"),
                               QStringLiteral("Traits de recherche incomplets : NomNaissance, un Prenom, Sexe M/F et "
                                              "DateNaissance AAAA-MM-JJ sont obligatoires."));
        found = m_base.matchTraits(name, firstNames.first().text(), sex, date,
                                   payload.childText(ns, QStringLiteral("LieuNaissance")).trimmed());
    } else {
        const QString ns = kRecVit;
        const XmlNode ind = payload.firstChild(ns, QStringLiteral("MatriculeIndividu"));
        const XmlNode od = payload.firstChild(ns, QStringLiteral("MatriculeOD"));
        const QString matricule = (ind.isNull() ? od : ind).childText(ns, QStringLiteral("NumIdentifiant")).trimmed();
        const QString date = payload.childText(ns, QStringLiteral("DateNaissance")).trimmed();
        if (matricule.isEmpty() || !dateRe.match(date).hasMatch())
            return senderFault(QStringLiteral("siram_20"),
                               QStringLiteral("Donnees Vitale incompletes : matricule et DateNaissance obligatoires."));
        found = m_base.matchVitale(matricule, payload.childText(ns, QStringLiteral("NomNaissance")), date);
    }
    if (found.isEmpty()) {
        log.outcome = QStringLiteral("01");
        return resultat(QStringLiteral("01"), QStringLiteral("Aucune identite trouvee"), nullptr);
    }
    if (found.size() > 1) {
        log.outcome = QStringLiteral("02");
        return resultat(QStringLiteral("02"), QStringLiteral("Plusieurs identites trouvees"), nullptr);
    }
    log.outcome = QStringLiteral("00");
    return resultat(QStringLiteral("00"), QStringLiteral("OK"), &found.first());
}

} // namespace sgl::simulators::insi
