#include "app/catalogue/ExamEditDialog.h"

#include "app/catalogue/CatalogueEditFeedback.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_ExamEditDialog.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace sgl::app {

namespace {

QString analysisText(const domain::Analysis &a)
{
    QString text = QStringLiteral("%1 — %2").arg(a.localCode, a.label);
    if (a.retired)
        text += QLatin1Char(' ') + ExamEditDialog::tr("(retirée)");
    return text;
}

} // namespace

ExamEditDialog::ExamEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                               domain::Catalogue catalogue, std::optional<domain::Exam> exam, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ExamEditDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_catalogue(std::move(catalogue)),
      m_original(std::move(exam))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (const domain::Chapter &c : m_catalogue.chapters) {
        const QString text = c.parentCode.isEmpty() ? QStringLiteral("%1 (%2)").arg(c.label, c.code)
                                                    : QStringLiteral("  %1 (%2)").arg(c.label, c.code);
        m_ui->chapterCombo->addItem(text, c.code);
    }
    for (const domain::Analysis &a : m_catalogue.analyses)
        if (!a.retired)
            m_ui->analysisPicker->addItem(analysisText(a), a.localCode);
    // Searchable: typing part of a code or label filters the list.
    auto *completer = new QCompleter(m_ui->analysisPicker->model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->analysisPicker->setCompleter(completer);
    m_ui->analysisPicker->setCurrentIndex(-1);
    m_ui->analysisPicker->lineEdit()->setPlaceholderText(tr("code ou libellé de l'analyse"));

    connect(m_ui->addAnalysisButton, &QPushButton::clicked, this, &ExamEditDialog::addPicked);
    connect(m_ui->removeAnalysisButton, &QPushButton::clicked, this,
            [this] { removeAnalysis(m_ui->analysesList->currentRow()); });
    connect(m_ui->upButton, &QPushButton::clicked, this,
            [this] { moveAnalysis(m_ui->analysesList->currentRow(), -1); });
    connect(m_ui->downButton, &QPushButton::clicked, this,
            [this] { moveAnalysis(m_ui->analysesList->currentRow(), +1); });

    if (m_original) {
        setWindowTitle(tr("Modifier l'examen %1").arg(m_original->code));
        m_ui->codeEdit->setText(m_original->code);
        m_ui->codeEdit->setEnabled(false);
        m_ui->labelEdit->setText(m_original->label);
        m_ui->loincEdit->setText(m_original->loinc);
        if (!setChapterCode(m_original->chapterCode)) {
            // An exam imported with an unknown chapter keeps it until the user picks a real one.
            m_ui->chapterCombo->addItem(tr("%1 (chapitre inconnu)").arg(m_original->chapterCode),
                                        m_original->chapterCode);
            setChapterCode(m_original->chapterCode);
        }
        for (const QString &code : m_original->analysisCodes) {
            const domain::Analysis *a = m_catalogue.analysis(code);
            auto *item = new QListWidgetItem(a ? analysisText(*a) : code, m_ui->analysesList);
            item->setData(Qt::UserRole, code);
        }
        m_ui->reasonEdit->setFocus();
    } else {
        setWindowTitle(tr("Nouvel examen"));
        m_ui->codeEdit->setFocus();
    }
}

ExamEditDialog::~ExamEditDialog() = default;

QString ExamEditDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ExamEditDialog::showMessage(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

QStringList ExamEditDialog::analysisCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_ui->analysesList->count(); ++row)
        codes << m_ui->analysesList->item(row)->data(Qt::UserRole).toString();
    return codes;
}

bool ExamEditDialog::setChapterCode(const QString &code)
{
    const int index = m_ui->chapterCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->chapterCombo->setCurrentIndex(index);
    return true;
}

void ExamEditDialog::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_ui->analysisPicker->hasFocus()) {
        addPicked();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ExamEditDialog::addPicked()
{
    int index = m_ui->analysisPicker->findText(m_ui->analysisPicker->currentText());
    if (index < 0) {
        // A bare code typed without picking from the list.
        index = m_ui->analysisPicker->findData(m_ui->analysisPicker->currentText().trimmed().toUpper());
    }
    if (index < 0) {
        showMessage(tr("Analyse : choisissez une analyse active dans la liste."));
        return;
    }
    if (addAnalysis(m_ui->analysisPicker->itemData(index).toString()))
        m_ui->analysisPicker->setCurrentIndex(-1);
}

bool ExamEditDialog::addAnalysis(const QString &code)
{
    const domain::Analysis *a = m_catalogue.analysis(code);
    if (!a || a->retired) {
        showMessage(tr("Analyse « %1 » : inconnue ou retirée.").arg(code));
        return false;
    }
    if (analysisCodes().contains(code)) {
        showMessage(tr("Analyse « %1 » : déjà dans l'examen.").arg(code));
        return false;
    }
    auto *item = new QListWidgetItem(analysisText(*a), m_ui->analysesList);
    item->setData(Qt::UserRole, code);
    m_ui->analysesList->setCurrentItem(item);
    showMessage(QString());
    return true;
}

bool ExamEditDialog::moveAnalysis(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_ui->analysesList->count() || target < 0 || target >= m_ui->analysesList->count())
        return false;
    QListWidgetItem *item = m_ui->analysesList->takeItem(row);
    m_ui->analysesList->insertItem(target, item);
    m_ui->analysesList->setCurrentRow(target);
    return true;
}

bool ExamEditDialog::removeAnalysis(int row)
{
    if (row < 0 || row >= m_ui->analysesList->count())
        return false;
    delete m_ui->analysesList->takeItem(row);
    return true;
}

void ExamEditDialog::accept()
{
    domain::Exam exam = m_original.value_or(domain::Exam{});
    exam.code = m_ui->codeEdit->text().trimmed();
    exam.label = m_ui->labelEdit->text().trimmed();
    exam.loinc = m_ui->loincEdit->text().trimmed();
    exam.chapterCode = m_ui->chapterCombo->currentData().toString();
    exam.analysisCodes = analysisCodes();
    const QString reason = m_ui->reasonEdit->text().trimmed();

    QStringList problems;
    if (exam.code.isEmpty())
        problems << tr("Code : obligatoire.");
    if (exam.label.isEmpty())
        problems << tr("Libellé : obligatoire.");
    if (exam.chapterCode.isEmpty())
        problems << tr("Chapitre : choisissez le chapitre du compte rendu (créez-en un d'abord s'il n'y en a pas).");
    if (reason.isEmpty())
        problems << tr("Motif : indiquez le motif de la modification.");
    if (!m_original && !exam.code.isEmpty())
        problems << CatalogueEditFeedback::creationConflict(
            m_admin, [&](const domain::Catalogue &c) { return c.exam(exam.code) != nullptr; },
            tr("Code : l'examen « %1 » existe déjà.").arg(exam.code));
    if (problems.isEmpty())
        problems = CatalogueEditFeedback::problems(m_admin.saveExam(m_session, exam, reason));
    CatalogueEditFeedback::show(m_ui->errorLabel, problems);
    if (!problems.isEmpty())
        return;
    m_savedCode = exam.code;
    QDialog::accept();
}

} // namespace sgl::app
