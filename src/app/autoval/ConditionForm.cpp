#include "app/autoval/ConditionForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

namespace sgl::app {

ConditionForm::ConditionForm(QString typeCode, QString title, QWidget *parent)
    : QWidget(parent), m_typeCode(std::move(typeCode)), m_title(std::move(title))
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QString ConditionForm::decimalText(double value)
{
    QLocale french(QLocale::French, QLocale::France);
    french.setNumberOptions(QLocale::OmitGroupSeparator);
    return french.toString(value, 'f', QLocale::FloatingPointShortest);
}

QStringList ConditionForm::codes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts))
        out << w.trimmed().toUpper();
    return out;
}

QStringList ConditionForm::items(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList out;
    for (const QString &w : text.split(separators, Qt::SkipEmptyParts))
        if (!w.trimmed().isEmpty())
            out << w.trimmed();
    return out;
}

QLineEdit *ConditionForm::addLine(const QString &objectName, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    return edit;
}

QLineEdit *ConditionForm::numberEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLineEdit *ConditionForm::unitEdit(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("unité de l'analyse"));
    return edit;
}

void ConditionForm::addRowOf(const QString &label, const QList<QWidget *> &widgets)
{
    auto *row = new QHBoxLayout;
    for (QWidget *w : widgets)
        row->addWidget(w);
    m_form->addRow(label, row);
}

void ConditionForm::setNumber(QLineEdit *edit, const QJsonValue &value)
{
    edit->setText(value.isDouble() ? decimalText(value.toDouble()) : QString());
}

bool ConditionForm::readNumber(const QLineEdit *edit, const QString &field, bool required, const QString &key,
                               QJsonObject &out, QString &error) const
{
    return readNumberText(edit->text(), field, required, key, out, error);
}

bool ConditionForm::readNumberText(const QString &text, const QString &field, bool required, const QString &key,
                                   QJsonObject &out, QString &error) const
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        if (!required)
            return true;
        error = fieldError(tr("%1 : valeur requise.").arg(field));
        return false;
    }
    t.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char(' '));
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok) {
        error = fieldError(tr("%1 : « %2 » n'est pas un nombre.").arg(field, text.trimmed()));
        return false;
    }
    out.insert(key, v);
    return true;
}

QString ConditionForm::fieldError(const QString &message) const
{
    return tr("%1 : %2").arg(m_title, message);
}

} // namespace sgl::app
