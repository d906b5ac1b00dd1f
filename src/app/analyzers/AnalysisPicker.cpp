#include "app/analyzers/AnalysisPicker.h"

#include <QCompleter>
#include <QLineEdit>

namespace sgl::app {

AnalysisPicker::AnalysisPicker(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(28);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("code ou libellé de l'analyse"));
}

QString AnalysisPicker::display(const AnalysisChoice &choice)
{
    return choice.label.isEmpty() ? choice.code : tr("%1 — %2").arg(choice.code, choice.label);
}

void AnalysisPicker::setAnalyses(const QList<AnalysisChoice> &analyses)
{
    const QString keep = code();
    clear();
    for (const AnalysisChoice &choice : analyses)
        addItem(display(choice), choice.code);
    setCode(keep);
}

void AnalysisPicker::setCode(const QString &code)
{
    const int index = code.isEmpty() ? -1 : findData(code);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(code);
}

QString AnalysisPicker::code() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int index = findText(text);
    if (index >= 0)
        return itemData(index).toString();
    // A typed "CODE — libellé" or a bare code.
    return text.section(QLatin1Char(' '), 0, 0);
}

} // namespace sgl::app
