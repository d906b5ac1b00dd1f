#include "domain/autoval/JsonFieldReader.h"

#include "domain/ErrorCodes.h"
#include "domain/Tr.h"

#include <QJsonArray>

#include <cmath>

namespace sgl::domain::autoval {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return Tr::tr("booléen");
    case QJsonValue::Double:
        return Tr::tr("nombre");
    case QJsonValue::String:
        return Tr::tr("texte");
    case QJsonValue::Array:
        return Tr::tr("tableau");
    case QJsonValue::Object:
        return Tr::tr("objet");
    default:
        return {};
    }
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject &object, QString path, const QStringList &known)
    : m_object(object), m_path(std::move(path))
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(Tr::tr("Membre « %1 » inconnu (attendu : %2).").arg(it.key(), known.join(QStringLiteral(", "))),
                 it.key());
            return;
        }
    }
}

QString JsonFieldReader::path(const QString &member) const
{
    return m_path.isEmpty() ? member : m_path + QLatin1Char('.') + member;
}

void JsonFieldReader::fail(const QString &message, const QString &member)
{
    if (!m_error)
        m_error = Error{QString(errc::AutovalJsonInvalid), message, path(member)};
}

void JsonFieldReader::adopt(const Error &error)
{
    if (!m_error)
        m_error = error;
}

QJsonValue JsonFieldReader::member(const QString &name, QJsonValue::Type type, bool required)
{
    if (!ok())
        return {};
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(Tr::tr("Membre obligatoire « %1 » absent.").arg(name), name);
        return {};
    }
    if (v.type() != type) {
        fail(Tr::tr("Le membre « %1 » doit être de type %2.").arg(name, typeName(type)), name);
        return {};
    }
    return v;
}

void JsonFieldReader::text(const QString &name, QString &out, bool required)
{
    const QJsonValue v = member(name, QJsonValue::String, required);
    if (v.isString())
        out = v.toString();
}

void JsonFieldReader::boolean(const QString &name, bool &out)
{
    const QJsonValue v = member(name, QJsonValue::Bool, false);
    if (v.isBool())
        out = v.toBool();
}

void JsonFieldReader::integer(const QString &name, int &out, bool required)
{
    const QJsonValue v = member(name, QJsonValue::Double, required);
    if (!v.isDouble())
        return;
    const double d = v.toDouble();
    if (d != std::floor(d) || std::abs(d) > 1e9) {
        fail(Tr::tr("Le membre « %1 » doit être un nombre entier.").arg(name), name);
        return;
    }
    out = int(d);
}

void JsonFieldReader::number(const QString &name, double &out, bool required)
{
    const QJsonValue v = member(name, QJsonValue::Double, required);
    if (v.isDouble())
        out = v.toDouble();
}

void JsonFieldReader::optionalNumber(const QString &name, std::optional<double> &out)
{
    const QJsonValue v = member(name, QJsonValue::Double, false);
    if (v.isDouble())
        out = v.toDouble();
}

void JsonFieldReader::texts(const QString &name, QStringList &out, bool required)
{
    const QJsonValue v = member(name, QJsonValue::Array, required);
    if (!v.isArray())
        return;
    const QJsonArray a = v.toArray();
    out.clear();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(Tr::tr("Le tableau « %1 » ne doit contenir que des textes.").arg(name),
                 name + QStringLiteral("[%1]").arg(i));
            return;
        }
        out << a.at(i).toString();
    }
}

std::optional<QJsonObject> JsonFieldReader::object(const QString &name, bool required)
{
    const QJsonValue v = member(name, QJsonValue::Object, required);
    if (!v.isObject())
        return std::nullopt;
    return v.toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(const QString &name, bool required)
{
    const QJsonValue v = member(name, QJsonValue::Array, required);
    if (!v.isArray())
        return std::nullopt;
    return v.toArray();
}

} // namespace sgl::domain::autoval
