#include "domain/analyzer/AnalyzerProfileJson.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"
#include "domain/lab/AbnormalFlag.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>
#include <utility>

namespace sgl::domain::analyzer {

namespace {

const QString kSchema = QStringLiteral("sgl-analyzer-profile/1");

template <class E>
using Names = std::array<std::pair<E, const char *>, 4>;

constexpr Names<TransportKind> kTransports{{{TransportKind::TcpServer, "tcp-server"},
                                             {TransportKind::TcpClient, "tcp-client"},
                                             {TransportKind::Serial, "serial"},
                                             {TransportKind::None, "none"}}};
constexpr std::array<std::pair<OrderMode, const char *>, 3> kOrderModes{{{OrderMode::None, "none"},
                                                                         {OrderMode::HostQuery, "host-query"},
                                                                         {OrderMode::WorklistDownload, "worklist-download"}}};
constexpr std::array<std::pair<AnalyzerProtocol, const char *>, 2> kProtocols{{{AnalyzerProtocol::Astm, "astm"},
                                                                                {AnalyzerProtocol::Hl7, "hl7"}}};
const QStringList kCharsets{QStringLiteral("ascii"), QStringLiteral("latin1"), QStringLiteral("latin9"),
                            QStringLiteral("utf-8")};

template <class Table, class E>
QString nameOf(const Table &table, E value)
{
    for (const auto &[v, n] : table) {
        if (v == value)
            return QString::fromLatin1(n);
    }
    return {};
}

QString join(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + QLatin1Char('.') + member;
}

QString indexed(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

std::unexpected<Error> invalid(const QString &message, const QString &path)
{
    return fail(errc::AnalyzerProfileInvalid, message, path);
}

/**
 * Reads one JSON object member by member, refusing unknown members and wrong types with the
 * member's path. The first error is kept; later reads become no-ops so the caller can read
 * everything then look once.
 */
class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, QString path, QStringList known)
        : m_object(object), m_path(std::move(path))
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                setError(invalid(Tr::tr("Membre « %1 » inconnu dans un profil d'analyseur.").arg(it.key()),
                                 join(m_path, it.key())));
                return;
            }
        }
    }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const Error &error() const { return *m_error; }
    void setError(std::unexpected<Error> e)
    {
        if (!m_error)
            m_error = std::move(e).error();
    }
    [[nodiscard]] QString path(const QString &member) const { return join(m_path, member); }

    /** The member's value, or undefined when absent; refuses absence when `required`. */
    QJsonValue member(const QString &name, QJsonValue::Type type, bool required = false)
    {
        if (!ok())
            return {};
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                setError(invalid(Tr::tr("Membre obligatoire « %1 » absent du profil d'analyseur.").arg(name), path(name)));
            return {};
        }
        if (v.type() != type) {
            static const QHash<QJsonValue::Type, QString> names{
                {QJsonValue::Bool, QStringLiteral("booléen")}, {QJsonValue::Double, QStringLiteral("nombre")},
                {QJsonValue::String, QStringLiteral("texte")}, {QJsonValue::Array, QStringLiteral("tableau")},
                {QJsonValue::Object, QStringLiteral("objet")}};
            setError(invalid(Tr::tr("Le membre « %1 » doit être de type %2.").arg(name, names.value(type)), path(name)));
            return {};
        }
        return v;
    }

    void text(const QString &name, QString &out, bool required = false)
    {
        const QJsonValue v = member(name, QJsonValue::String, required);
        if (v.isString())
            out = v.toString();
    }
    void boolean(const QString &name, bool &out)
    {
        const QJsonValue v = member(name, QJsonValue::Bool);
        if (v.isBool())
            out = v.toBool();
    }
    void integer(const QString &name, int &out)
    {
        const QJsonValue v = member(name, QJsonValue::Double);
        if (!v.isDouble())
            return;
        const double d = v.toDouble();
        if (d != std::floor(d) || std::abs(d) > 1e9) {
            setError(invalid(Tr::tr("Le membre « %1 » doit être un nombre entier.").arg(name), path(name)));
            return;
        }
        out = static_cast<int>(d);
    }
    void number(const QString &name, double &out)
    {
        const QJsonValue v = member(name, QJsonValue::Double);
        if (v.isDouble())
            out = v.toDouble();
    }
    void texts(const QString &name, QStringList &out)
    {
        const QJsonValue v = member(name, QJsonValue::Array);
        if (!v.isArray())
            return;
        out.clear();
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                setError(invalid(Tr::tr("Le tableau « %1 » ne doit contenir que des textes.").arg(name), indexed(path(name), i)));
                return;
            }
            out << a.at(i).toString();
        }
    }
    template <class Table, class E>
    void choice(const QString &name, const Table &table, E &out, bool required = false)
    {
        const QJsonValue v = member(name, QJsonValue::String, required);
        if (!v.isString())
            return;
        for (const auto &[value, n] : table) {
            if (v.toString() == QLatin1String(n)) {
                out = value;
                return;
            }
        }
        QStringList allowed;
        for (const auto &entry : table)
            allowed << QString::fromLatin1(entry.second);
        setError(invalid(Tr::tr("Valeur « %1 » inconnue pour « %2 » : attendu %3.")
                             .arg(v.toString(), name, allowed.join(QStringLiteral(", "))),
                         path(name)));
    }
    void fieldRef(const QString &name, AnalyzerProtocol protocol, FieldRef &out)
    {
        std::optional<FieldRef> ref;
        optionalFieldRef(name, protocol, ref);
        if (ref)
            out = *ref;
    }
    void optionalFieldRef(const QString &name, AnalyzerProtocol protocol, std::optional<FieldRef> &out)
    {
        const QJsonValue v = member(name, QJsonValue::String);
        if (!v.isString())
            return;
        auto ref = FieldRef::parse(v.toString(), protocol);
        if (!ref) {
            setError(fail(ref.error().code, ref.error().message, path(name)));
            return;
        }
        out = *ref;
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    std::optional<Error> m_error;
};

Status checkFieldRef(const FieldRef &ref, AnalyzerProtocol protocol, const QString &path)
{
    if (ref.component < 0 || ref.component > 20 || ref.part < 0 || ref.part > 9) {
        return fail(errc::AnalyzerBadFieldRef,
                    Tr::tr("Référence de champ « %1 » hors limites (composant 0 à 20, partie 0 à 9).")
                        .arg(ref.toString(protocol)),
                    path);
    }
    return {};
}

Result<AnalyzerProfile> readProfile(const QJsonObject &o, const QString &path)
{
    static const QStringList members{
        QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("analyzerId"),
        QStringLiteral("protocol"), QStringLiteral("transport"), QStringLiteral("charset"),
        QStringLiteral("lenientFrameNumbers"), QStringLiteral("specimenId"), QStringLiteral("testCode"),
        QStringLiteral("resultKind"), QStringLiteral("resultKinds"), QStringLiteral("values"),
        QStringLiteral("flagMappings"), QStringLiteral("qc"), QStringLiteral("orderMode"),
        QStringLiteral("codeMappings"), QStringLiteral("ignoredTestCodes"), QStringLiteral("identityMapping"),
        QStringLiteral("querySpecimenComponent"), QStringLiteral("active")};
    ObjectReader r(o, path, members);
    QString schema;
    r.text(QStringLiteral("schema"), schema, true);
    if (r.ok() && schema != kSchema) {
        r.setError(invalid(Tr::tr("Schéma « %1 » non pris en charge : attendu « %2 ».").arg(schema, kSchema),
                           r.path(QStringLiteral("schema"))));
    }
    AnalyzerProtocol protocol = AnalyzerProtocol::Astm;
    r.choice(QStringLiteral("protocol"), kProtocols, protocol, true);
    if (!r.ok())
        return std::unexpected(r.error());
    AnalyzerProfile p = AnalyzerProfile::standard(protocol);
    r.text(QStringLiteral("name"), p.name, true);
    r.text(QStringLiteral("label"), p.label);
    r.text(QStringLiteral("analyzerId"), p.analyzerId);
    r.text(QStringLiteral("charset"), p.charset);
    r.boolean(QStringLiteral("lenientFrameNumbers"), p.lenientFrameNumbers);
    r.fieldRef(QStringLiteral("specimenId"), protocol, p.specimenId);
    r.fieldRef(QStringLiteral("testCode"), protocol, p.testCode);
    r.optionalFieldRef(QStringLiteral("resultKind"), protocol, p.resultKind);
    r.texts(QStringLiteral("resultKinds"), p.resultKinds);
    r.choice(QStringLiteral("orderMode"), kOrderModes, p.orderMode);
    r.texts(QStringLiteral("ignoredTestCodes"), p.ignoredTestCodes);
    r.boolean(QStringLiteral("identityMapping"), p.identityMapping);
    r.integer(QStringLiteral("querySpecimenComponent"), p.querySpecimenComponent);
    r.boolean(QStringLiteral("active"), p.active);

    if (const QJsonValue t = r.member(QStringLiteral("transport"), QJsonValue::Object); t.isObject()) {
        const QJsonObject to = t.toObject();
        ObjectReader tr(to, r.path(QStringLiteral("transport")),
                        {QStringLiteral("kind"), QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("serialPort"),
                         QStringLiteral("baudRate"), QStringLiteral("dataBits"), QStringLiteral("parity"),
                         QStringLiteral("stopBits")});
        tr.choice(QStringLiteral("kind"), kTransports, p.transport.kind);
        tr.text(QStringLiteral("host"), p.transport.host);
        tr.integer(QStringLiteral("port"), p.transport.port);
        tr.text(QStringLiteral("serialPort"), p.transport.serialPort);
        tr.integer(QStringLiteral("baudRate"), p.transport.baudRate);
        tr.integer(QStringLiteral("dataBits"), p.transport.dataBits);
        QString parity = QString(QLatin1Char(p.transport.parity));
        tr.text(QStringLiteral("parity"), parity);
        if (tr.ok() && (parity.size() != 1 || !QStringLiteral("NEO").contains(parity))) {
            tr.setError(invalid(Tr::tr("Parité « %1 » inconnue : attendu N, E ou O.").arg(parity),
                                tr.path(QStringLiteral("parity"))));
        }
        p.transport.parity = parity.isEmpty() ? 'N' : parity.at(0).toLatin1();
        tr.integer(QStringLiteral("stopBits"), p.transport.stopBits);
        if (!tr.ok())
            r.setError(std::unexpected(tr.error()));
    }
    if (const QJsonValue v = r.member(QStringLiteral("values"), QJsonValue::Object); v.isObject()) {
        const QJsonObject vo = v.toObject();
        ObjectReader vr(vo, r.path(QStringLiteral("values")), {QStringLiteral("valueComponent"), QStringLiteral("dilution")});
        vr.integer(QStringLiteral("valueComponent"), p.values.valueComponent);
        vr.optionalFieldRef(QStringLiteral("dilution"), protocol, p.values.dilution);
        if (!vr.ok())
            r.setError(std::unexpected(vr.error()));
    }
    if (const QJsonValue q = r.member(QStringLiteral("qc"), QJsonValue::Object); q.isObject()) {
        const QJsonObject qo = q.toObject();
        ObjectReader qr(qo, r.path(QStringLiteral("qc")), {QStringLiteral("trustMessage"), QStringLiteral("specimenIdPattern")});
        qr.boolean(QStringLiteral("trustMessage"), p.qc.trustMessage);
        qr.text(QStringLiteral("specimenIdPattern"), p.qc.specimenIdPattern);
        if (!qr.ok())
            r.setError(std::unexpected(qr.error()));
    }
    if (const QJsonValue f = r.member(QStringLiteral("flagMappings"), QJsonValue::Array); f.isArray()) {
        const QJsonArray a = f.toArray();
        for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
            const QString itemPath = indexed(r.path(QStringLiteral("flagMappings")), i);
            if (!a.at(i).isObject()) {
                r.setError(invalid(Tr::tr("Chaque correspondance de drapeau doit être un objet."), itemPath));
                break;
            }
            const QJsonObject fo = a.at(i).toObject();
            ObjectReader fr(fo, itemPath, {QStringLiteral("instrumentFlag"), QStringLiteral("abnormalFlag")});
            FlagMapping m;
            fr.text(QStringLiteral("instrumentFlag"), m.instrumentFlag, true);
            fr.text(QStringLiteral("abnormalFlag"), m.abnormalFlag);
            if (!fr.ok())
                r.setError(std::unexpected(fr.error()));
            p.flagMappings << m;
        }
    }
    if (const QJsonValue c = r.member(QStringLiteral("codeMappings"), QJsonValue::Array); c.isArray()) {
        const QJsonArray a = c.toArray();
        for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
            const QString itemPath = indexed(r.path(QStringLiteral("codeMappings")), i);
            if (!a.at(i).isObject()) {
                r.setError(invalid(Tr::tr("Chaque correspondance de code doit être un objet."), itemPath));
                break;
            }
            const QJsonObject co = a.at(i).toObject();
            ObjectReader cr(co, itemPath,
                            {QStringLiteral("testCode"), QStringLiteral("analysisCode"), QStringLiteral("factor"),
                             QStringLiteral("valueComponent")});
            CodeMapping m;
            cr.text(QStringLiteral("testCode"), m.testCode, true);
            cr.text(QStringLiteral("analysisCode"), m.analysisCode, true);
            cr.number(QStringLiteral("factor"), m.factor);
            cr.integer(QStringLiteral("valueComponent"), m.valueComponent);
            if (!cr.ok())
                r.setError(std::unexpected(cr.error()));
            p.codeMappings << m;
        }
    }
    if (!r.ok())
        return std::unexpected(r.error());
    if (auto valid = AnalyzerProfileJson::validate(p); !valid) {
        Error e = valid.error();
        e.location = join(path, e.location);
        return std::unexpected(e);
    }
    return p;
}

} // namespace

QJsonObject AnalyzerProfileJson::toJson(const AnalyzerProfile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), kSchema);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("label"), p.label);
    o.insert(QStringLiteral("analyzerId"), p.analyzerId);
    o.insert(QStringLiteral("protocol"), nameOf(kProtocols, p.protocol));
    QJsonObject t;
    t.insert(QStringLiteral("kind"), nameOf(kTransports, p.transport.kind));
    t.insert(QStringLiteral("host"), p.transport.host);
    t.insert(QStringLiteral("port"), p.transport.port);
    t.insert(QStringLiteral("serialPort"), p.transport.serialPort);
    t.insert(QStringLiteral("baudRate"), p.transport.baudRate);
    t.insert(QStringLiteral("dataBits"), p.transport.dataBits);
    t.insert(QStringLiteral("parity"), QString(QLatin1Char(p.transport.parity)));
    t.insert(QStringLiteral("stopBits"), p.transport.stopBits);
    o.insert(QStringLiteral("transport"), t);
    o.insert(QStringLiteral("charset"), p.charset);
    o.insert(QStringLiteral("lenientFrameNumbers"), p.lenientFrameNumbers);
    o.insert(QStringLiteral("specimenId"), p.specimenId.toString(p.protocol));
    o.insert(QStringLiteral("testCode"), p.testCode.toString(p.protocol));
    o.insert(QStringLiteral("resultKind"), p.resultKind ? QJsonValue(p.resultKind->toString(p.protocol)) : QJsonValue());
    o.insert(QStringLiteral("resultKinds"), QJsonArray::fromStringList(p.resultKinds));
    QJsonObject v;
    v.insert(QStringLiteral("valueComponent"), p.values.valueComponent);
    v.insert(QStringLiteral("dilution"),
             p.values.dilution ? QJsonValue(p.values.dilution->toString(p.protocol)) : QJsonValue());
    o.insert(QStringLiteral("values"), v);
    QJsonArray flags;
    for (const FlagMapping &f : p.flagMappings)
        flags.append(QJsonObject{{QStringLiteral("instrumentFlag"), f.instrumentFlag}, {QStringLiteral("abnormalFlag"), f.abnormalFlag}});
    o.insert(QStringLiteral("flagMappings"), flags);
    o.insert(QStringLiteral("qc"), QJsonObject{{QStringLiteral("trustMessage"), p.qc.trustMessage},
                                               {QStringLiteral("specimenIdPattern"), p.qc.specimenIdPattern}});
    o.insert(QStringLiteral("orderMode"), nameOf(kOrderModes, p.orderMode));
    QJsonArray codes;
    for (const CodeMapping &c : p.codeMappings) {
        QJsonObject mapping{{QStringLiteral("testCode"), c.testCode},
                            {QStringLiteral("analysisCode"), c.analysisCode},
                            {QStringLiteral("factor"), c.factor}};
        if (c.valueComponent != 0)   // written only when set: most mappings take the profile's component
            mapping.insert(QStringLiteral("valueComponent"), c.valueComponent);
        codes.append(mapping);
    }
    o.insert(QStringLiteral("codeMappings"), codes);
    o.insert(QStringLiteral("ignoredTestCodes"), QJsonArray::fromStringList(p.ignoredTestCodes));
    o.insert(QStringLiteral("identityMapping"), p.identityMapping);
    o.insert(QStringLiteral("querySpecimenComponent"), p.querySpecimenComponent);
    o.insert(QStringLiteral("active"), p.active);
    return o;
}

Result<AnalyzerProfile> AnalyzerProfileJson::fromJson(const QJsonObject &object)
{
    return readProfile(object, {});
}

Result<QList<AnalyzerProfile>> AnalyzerProfileJson::parseDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(Tr::tr("JSON illisible : %1.").arg(parseError.errorString()),
                       QStringLiteral("offset %1").arg(parseError.offset));
    }
    QList<AnalyzerProfile> out;
    if (doc.isObject()) {
        auto p = readProfile(doc.object(), {});
        if (!p)
            return std::unexpected(p.error());
        out << *p;
        return out;
    }
    if (!doc.isArray())
        return invalid(Tr::tr("Un fichier de profils contient un objet ou un tableau d'objets."), QString());
    const QJsonArray a = doc.array();
    QSet<QString> names;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = indexed(QString(), i);
        if (!a.at(i).isObject())
            return invalid(Tr::tr("Chaque profil d'analyseur doit être un objet."), path);
        auto p = readProfile(a.at(i).toObject(), path);
        if (!p)
            return std::unexpected(p.error());
        if (names.contains(p->name))
            return invalid(Tr::tr("Profil « %1 » présent deux fois.").arg(p->name), join(path, QStringLiteral("name")));
        names.insert(p->name);
        out << *p;
    }
    return out;
}

QByteArray AnalyzerProfileJson::toDocument(const QList<AnalyzerProfile> &profiles)
{
    QJsonArray a;
    for (const AnalyzerProfile &p : profiles)
        a.append(toJson(p));
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

Status AnalyzerProfileJson::validate(const AnalyzerProfile &p)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9-]{1,40}$"));
    if (!nameRe.match(p.name).hasMatch()) {
        return invalid(Tr::tr("Nom de profil « %1 » invalide : 1 à 40 lettres minuscules, chiffres ou tirets.").arg(p.name),
                       QStringLiteral("name"));
    }
    if (!kCharsets.contains(p.charset)) {
        return invalid(Tr::tr("Jeu de caractères « %1 » inconnu : attendu %2.").arg(p.charset, kCharsets.join(QStringLiteral(", "))),
                       QStringLiteral("charset"));
    }
    const TransportSettings &t = p.transport;
    const bool tcp = t.kind == TransportKind::TcpServer || t.kind == TransportKind::TcpClient;
    if (tcp && (t.port < 1 || t.port > 65535))
        return invalid(Tr::tr("Port TCP %1 hors de 1 à 65535.").arg(t.port), QStringLiteral("transport.port"));
    if (t.kind == TransportKind::TcpClient && t.host.trimmed().isEmpty())
        return invalid(Tr::tr("Adresse de l'analyseur manquante."), QStringLiteral("transport.host"));
    if (t.kind == TransportKind::Serial) {
        if (p.protocol != AnalyzerProtocol::Astm)
            return invalid(Tr::tr("La liaison série n'existe qu'en ASTM."), QStringLiteral("transport.kind"));
        if (t.serialPort.trimmed().isEmpty())
            return invalid(Tr::tr("Port série manquant."), QStringLiteral("transport.serialPort"));
        if (t.baudRate < 50 || t.baudRate > 921600)
            return invalid(Tr::tr("Débit série %1 invalide.").arg(t.baudRate), QStringLiteral("transport.baudRate"));
        if (t.dataBits < 5 || t.dataBits > 8)
            return invalid(Tr::tr("Nombre de bits de données %1 invalide (5 à 8).").arg(t.dataBits), QStringLiteral("transport.dataBits"));
        if (t.parity != 'N' && t.parity != 'E' && t.parity != 'O')
            return invalid(Tr::tr("Parité invalide : attendu N, E ou O."), QStringLiteral("transport.parity"));
        if (t.stopBits != 1 && t.stopBits != 2)
            return invalid(Tr::tr("Nombre de bits d'arrêt %1 invalide (1 ou 2).").arg(t.stopBits), QStringLiteral("transport.stopBits"));
    }
    if (auto s = checkFieldRef(p.specimenId, p.protocol, QStringLiteral("specimenId")); !s)
        return s;
    if (auto s = checkFieldRef(p.testCode, p.protocol, QStringLiteral("testCode")); !s)
        return s;
    if (p.resultKind) {
        if (auto s = checkFieldRef(*p.resultKind, p.protocol, QStringLiteral("resultKind")); !s)
            return s;
    } else if (!p.resultKinds.isEmpty()) {
        return invalid(Tr::tr("Des types de résultat sont retenus sans position « resultKind » où les lire."),
                       QStringLiteral("resultKinds"));
    }
    if (p.values.dilution) {
        if (auto s = checkFieldRef(*p.values.dilution, p.protocol, QStringLiteral("values.dilution")); !s)
            return s;
    }
    if (p.values.valueComponent < 1 || p.values.valueComponent > 20) {
        return invalid(Tr::tr("Composant de valeur %1 hors de 1 à 20.").arg(p.values.valueComponent),
                       QStringLiteral("values.valueComponent"));
    }
    if (p.querySpecimenComponent < 0 || p.querySpecimenComponent > 20) {
        return invalid(Tr::tr("Composant d'identifiant de requête %1 hors de 0 à 20.").arg(p.querySpecimenComponent),
                       QStringLiteral("querySpecimenComponent"));
    }
    if (!p.qc.specimenIdPattern.isEmpty()) {
        const QRegularExpression re(p.qc.specimenIdPattern);
        if (!re.isValid()) {
            return invalid(Tr::tr("Expression régulière de contrôle qualité invalide : %1.").arg(re.errorString()),
                           QStringLiteral("qc.specimenIdPattern"));
        }
    }
    QSet<QString> flags;
    for (qsizetype i = 0; i < p.flagMappings.size(); ++i) {
        const FlagMapping &f = p.flagMappings.at(i);
        const QString path = indexed(QStringLiteral("flagMappings"), i);
        if (f.instrumentFlag.isEmpty() || flags.contains(f.instrumentFlag)) {
            return invalid(Tr::tr("Drapeau d'instrument « %1 » vide ou en double.").arg(f.instrumentFlag),
                           join(path, QStringLiteral("instrumentFlag")));
        }
        flags.insert(f.instrumentFlag);
        if (!f.abnormalFlag.isEmpty() && !abnormalFlagFromCode(f.abnormalFlag)) {
            return invalid(Tr::tr("Drapeau « %1 » absent de la table HL7 0078 retenue (N, L, H, LL, HH, A, AA, <, >).")
                               .arg(f.abnormalFlag),
                           join(path, QStringLiteral("abnormalFlag")));
        }
    }
    QSet<QString> codes;
    for (qsizetype i = 0; i < p.codeMappings.size(); ++i) {
        const CodeMapping &c = p.codeMappings.at(i);
        const QString path = indexed(QStringLiteral("codeMappings"), i);
        if (c.testCode.trimmed().isEmpty() || codes.contains(c.testCode)) {
            return invalid(Tr::tr("Code de test « %1 » vide ou en double.").arg(c.testCode), join(path, QStringLiteral("testCode")));
        }
        codes.insert(c.testCode);
        if (c.analysisCode.trimmed().isEmpty())
            return invalid(Tr::tr("Code d'analyse manquant pour le test « %1 ».").arg(c.testCode), join(path, QStringLiteral("analysisCode")));
        if (!std::isfinite(c.factor) || !(c.factor > 0.0))
            return invalid(Tr::tr("Facteur %1 invalide : un nombre positif est attendu.").arg(c.factor), join(path, QStringLiteral("factor")));
        if (c.valueComponent < 0 || c.valueComponent > 20) {
            return invalid(Tr::tr("Composant de valeur %1 hors de 0 à 20.").arg(c.valueComponent),
                           join(path, QStringLiteral("valueComponent")));
        }
    }
    for (qsizetype i = 0; i < p.ignoredTestCodes.size(); ++i) {
        if (p.ignoredTestCodes.at(i).isEmpty() || p.ignoredTestCodes.at(i) == u"*")
            return invalid(Tr::tr("Code ignoré vide ou « * » seul (tout serait ignoré)."), indexed(QStringLiteral("ignoredTestCodes"), i));
    }
    return {};
}

} // namespace sgl::domain::analyzer
