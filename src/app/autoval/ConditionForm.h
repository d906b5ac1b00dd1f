#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLineEdit;

namespace sgl::app {

/**
 * One page of the rule editor's « Type de condition » stack: the widgets of one condition type,
 * loaded from and written to the condition's JSON member of the rule-set format
 * (docs/autovalidation.md), so that domain::autoval::RuleSetJson stays the only parser of a rule.
 *
 * Contract: load() accepts the object RuleSetJson writes for this type; build() returns the object
 * to parse, or nullopt with `error` set to a French message naming the condition and the field
 * (« Delta : seuil absolu ou relatif requis. »). Numbers are read with a decimal comma or point
 * and shown with a decimal comma; lists are codes separated by commas.
 */
class ConditionForm : public QWidget {
    Q_OBJECT
public:
    /** `typeCode` is the JSON "type"; `title` the French name shown in the combo and in errors. */
    ConditionForm(QString typeCode, QString title, QWidget *parent = nullptr);

    [[nodiscard]] const QString &typeCode() const { return m_typeCode; }
    [[nodiscard]] const QString &title() const { return m_title; }
    /** Fills the widgets from a condition object of this type (other members are ignored). */
    virtual void load(const QJsonObject &condition) = 0;
    /** The condition object, or nullopt with `error` naming the field. */
    [[nodiscard]] virtual std::optional<QJsonObject> build(QString &error) const = 0;

    /** French decimal text of `value` (shortest exact form, no group separator). */
    [[nodiscard]] static QString decimalText(double value);
    /** Upper-cased codes of a comma/semicolon/space separated list. */
    [[nodiscard]] static QStringList codes(const QString &text);
    /** Trimmed items of a comma/semicolon separated list, case kept (flags, result codes). */
    [[nodiscard]] static QStringList items(const QString &text);

protected:
    QFormLayout *formLayout() const { return m_form; }
    /** A line edit named `objectName`, added as a row labelled `label`. */
    QLineEdit *addLine(const QString &objectName, const QString &label, const QString &placeholder = {});
    /** A number edit (decimal comma) with `placeholder`; not added to the layout. */
    QLineEdit *numberEdit(const QString &objectName, const QString &placeholder = {});
    /** A unit edit whose placeholder reminds that the analysis unit is expected. */
    QLineEdit *unitEdit(const QString &objectName);
    /** Adds a row labelled `label` holding `widgets` side by side. */
    void addRowOf(const QString &label, const QList<QWidget *> &widgets);
    static void setNumber(QLineEdit *edit, const QJsonValue &value);
    /**
     * Reads `edit` as a number into `out` under `key` (absent when empty and not `required`).
     * False with `error` set (« <titre> : <champ> requis » / « … n'est pas un nombre ») otherwise.
     */
    bool readNumber(const QLineEdit *edit, const QString &field, bool required, const QString &key, QJsonObject &out,
                    QString &error) const;
    /** The same for a text that is not in an edit (a term of a list). */
    bool readNumberText(const QString &text, const QString &field, bool required, const QString &key, QJsonObject &out,
                        QString &error) const;
    /** `message` prefixed by the condition's title: « Delta : <message> ». */
    [[nodiscard]] QString fieldError(const QString &message) const;

private:
    QString m_typeCode;
    QString m_title;
    QFormLayout *m_form = nullptr;
};

} // namespace sgl::app
