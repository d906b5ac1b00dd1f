#include "app/orders/ClinicalQuestionsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sgl::app {

using domain::ClinicalQuestion;

ClinicalQuestionsForm::ClinicalQuestionsForm(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(tr("Aucun renseignement clinique requis par les analyses choisies."), this);
    m_none->setWordWrap(true);
    outer->addWidget(m_none);
    m_layout = new QFormLayout();
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Questions are long sentences: a long one goes above its input rather than being clipped.
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(m_layout);
}

QString ClinicalQuestionsForm::answerOf(const QString &code) const
{
    QWidget *w = m_inputs.value(code);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->text();
    return {};
}

void ClinicalQuestionsForm::setQuestions(const QList<ClinicalQuestion> &questions)
{
    QStringList before;
    QStringList after;
    for (const ClinicalQuestion &q : m_questions)
        before << q.code;
    for (const ClinicalQuestion &q : questions)
        after << q.code;
    if (before == after && (!m_inputs.isEmpty() || questions.isEmpty())) {
        m_none->setVisible(questions.isEmpty());
        return; // same questions: keep the inputs (and the focus) as they are
    }
    QMap<QString, QString> typed = answers();
    m_questions = questions;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_inputs.clear();
    for (const ClinicalQuestion &q : questions) {
        QWidget *input = nullptr;
        if (q.answerType == ClinicalQuestion::AnswerType::YesNo) {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("— à renseigner —"), QString());
            combo->addItem(tr("Oui"), QStringLiteral("oui"));
            combo->addItem(tr("Non"), QStringLiteral("non"));
            combo->setCurrentIndex(std::max(0, combo->findData(typed.value(q.code))));
            // Queued: a follow-up question rebuilds the form, which must not delete the combo
            // while it is still emitting.
            connect(combo, &QComboBox::currentIndexChanged, this, &ClinicalQuestionsForm::yesNoChanged,
                    Qt::QueuedConnection);
            input = combo;
        } else {
            auto *edit = new QLineEdit(typed.value(q.code), this);
            switch (q.answerType) {
            case ClinicalQuestion::AnswerType::Number:
                edit->setPlaceholderText(q.unit.isEmpty() ? tr("nombre (virgule décimale)")
                                                          : tr("nombre en %1 (virgule décimale)").arg(q.unit));
                break;
            case ClinicalQuestion::AnswerType::DateTime:
                edit->setPlaceholderText(tr("jj/mm/aaaa hh:mm"));
                break;
            default:
                edit->setMaxLength(500);
                break;
            }
            input = edit;
        }
        input->setObjectName(QStringLiteral("question_") + q.code);
        input->setMinimumWidth(220);
        m_inputs.insert(q.code, input);
        const QString label = q.unit.isEmpty() ? q.label : QStringLiteral("%1 (%2)").arg(q.label, q.unit);
        auto *l = new QLabel(label, this);
        l->setBuddy(input);
        m_layout->addRow(l, input);
    }
    m_none->setVisible(questions.isEmpty());
}

QMap<QString, QString> ClinicalQuestionsForm::answers() const
{
    QMap<QString, QString> out;
    for (const ClinicalQuestion &q : m_questions)
        out.insert(q.code, answerOf(q.code));
    return out;
}

void ClinicalQuestionsForm::setAnswer(const QString &code, const QString &answer)
{
    QWidget *w = m_inputs.value(code);
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const QString a = answer.trimmed().toLower();
        const QString key = (a == QStringLiteral("o") || a == QStringLiteral("oui") || a == QStringLiteral("y")) ? QStringLiteral("oui")
                            : (a == QStringLiteral("n") || a == QStringLiteral("non"))                           ? QStringLiteral("non")
                                                                                                              : QString();
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
    } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->setText(answer);
    }
}

} // namespace sgl::app
