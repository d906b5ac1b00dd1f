#pragma once

#include "domain/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace sgl::domain::autoval {

/**
 * Strict member-by-member reader of one JSON object of a rule set (internal to RuleSetJson).
 * Refuses unknown members, wrong types and missing mandatory members with the member's JSON path
 * in the error location ("rules[2].condition.high"), code autoval.json_invalid. The first error is
 * kept and later reads do nothing, so a caller reads everything then checks once.
 */
class JsonFieldReader {
public:
    JsonFieldReader(const QJsonObject &object, QString path, const QStringList &known);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const Error &error() const { return *m_error; }
    [[nodiscard]] QString path(const QString &member) const;
    void fail(const QString &message, const QString &member);
    /** Adopts an error found in a nested object (if none is kept yet). */
    void adopt(const Error &error);

    void text(const QString &name, QString &out, bool required = false);
    void boolean(const QString &name, bool &out);
    void integer(const QString &name, int &out, bool required = false);
    void number(const QString &name, double &out, bool required = false);
    void optionalNumber(const QString &name, std::optional<double> &out);
    void texts(const QString &name, QStringList &out, bool required = false);
    /** The nested object, or nullopt (absent and not required, or an error). */
    [[nodiscard]] std::optional<QJsonObject> object(const QString &name, bool required = false);
    /** The nested array, or nullopt. */
    [[nodiscard]] std::optional<QJsonArray> array(const QString &name, bool required = false);

private:
    QJsonValue member(const QString &name, QJsonValue::Type type, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace sgl::domain::autoval
