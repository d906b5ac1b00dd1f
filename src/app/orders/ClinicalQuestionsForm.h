#pragma once

#include "domain/catalogue/ClinicalQuestion.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace sgl::app {

/**
 * The clinical questions the chosen analyses require, one widget per answer type: oui/non
 * (combo with an unanswered choice), number (line edit with the unit, decimal comma), date-time
 * (dd/MM/yyyy HH:mm line edit), text. setQuestions() rebuilds the form and keeps what was typed
 * for questions still asked. Answers are returned as typed: OrderEntry checks and normalises
 * them (an unanswered question comes back empty, so the use case names it).
 */
class ClinicalQuestionsForm : public QWidget {
    Q_OBJECT
public:
    explicit ClinicalQuestionsForm(QWidget *parent = nullptr);

    void setQuestions(const QList<domain::ClinicalQuestion> &questions);
    [[nodiscard]] const QList<domain::ClinicalQuestion> &questions() const { return m_questions; }
    /** Question code -> answer as typed ("oui", "72,5", "05/12/2026 08:30"); every question listed. */
    [[nodiscard]] QMap<QString, QString> answers() const;
    /** The input of a question (tests, focus on error); null when it is not asked. */
    [[nodiscard]] QWidget *input(const QString &code) const { return m_inputs.value(code); }
    /** Types `answer` into the question's input (tests and prefill). */
    void setAnswer(const QString &code, const QString &answer);

signals:
    /** A yes/no answer changed: a follow-up question (pregnancy term) may appear or go. */
    void yesNoChanged();

private:
    [[nodiscard]] QString answerOf(const QString &code) const;

    QList<domain::ClinicalQuestion> m_questions;
    QHash<QString, QWidget *> m_inputs;
    QFormLayout *m_layout;
    QLabel *m_none;
};

} // namespace sgl::app
