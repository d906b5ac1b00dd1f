#include "app/catalogue/ChapterEditDialog.h"

#include "app/catalogue/CatalogueEditFeedback.h"
#include "workflow/catalogue/CatalogueAdmin.h"
#include "ui_ChapterEditDialog.h"

#include <QPushButton>

#include <algorithm>

namespace sgl::app {

ChapterEditDialog::ChapterEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                                     const domain::Catalogue &catalogue, std::optional<domain::Chapter> chapter,
                                     QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ChapterEditDialog>()),
      m_admin(admin),
      m_session(std::move(session)),
      m_original(std::move(chapter))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->parentCombo->addItem(tr("(aucun : chapitre principal)"), QString());
    for (const domain::Chapter &c : catalogue.chapters) {
        // One level of sub-chapters: only top chapters can be parents, never the edited one.
        if (!c.parentCode.isEmpty() || (m_original && c.code == m_original->code))
            continue;
        m_ui->parentCombo->addItem(QStringLiteral("%1 (%2)").arg(c.label, c.code), c.code);
    }
    if (m_original) {
        setWindowTitle(tr("Modifier le chapitre %1").arg(m_original->code));
        m_ui->codeEdit->setText(m_original->code);
        m_ui->codeEdit->setReadOnly(true);
        m_ui->codeEdit->setEnabled(false);
        m_ui->labelEdit->setText(m_original->label);
        m_ui->loincEdit->setText(m_original->loinc);
        if (!setParentCode(m_original->parentCode)) {
            // An unknown parent is kept (and refused on save) rather than silently dropped.
            m_ui->parentCombo->addItem(tr("%1 (chapitre inconnu)").arg(m_original->parentCode),
                                       m_original->parentCode);
            setParentCode(m_original->parentCode);
        }
        m_ui->orderSpin->setValue(m_original->order);
        const bool hasChildren = std::any_of(catalogue.chapters.cbegin(), catalogue.chapters.cend(),
                                             [&](const domain::Chapter &c) { return c.parentCode == m_original->code; });
        // A chapter with sub-chapters stays a top chapter (the tree has one level of sub-chapters).
        m_ui->parentCombo->setEnabled(!hasChildren);
        m_ui->reasonEdit->setFocus();
    } else {
        setWindowTitle(tr("Nouveau chapitre"));
        int next = 0;
        for (const domain::Chapter &c : catalogue.chapters)
            next = std::max(next, c.order);
        m_ui->orderSpin->setValue(next + 1);
        m_ui->codeEdit->setFocus();
    }
}

ChapterEditDialog::~ChapterEditDialog() = default;

QString ChapterEditDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool ChapterEditDialog::setParentCode(const QString &code)
{
    const int index = m_ui->parentCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->parentCombo->setCurrentIndex(index);
    return true;
}

void ChapterEditDialog::accept()
{
    domain::Chapter chapter = m_original.value_or(domain::Chapter{});
    chapter.code = m_ui->codeEdit->text().trimmed();
    chapter.label = m_ui->labelEdit->text().trimmed();
    chapter.loinc = m_ui->loincEdit->text().trimmed();
    chapter.parentCode = m_ui->parentCombo->currentData().toString();
    chapter.order = m_ui->orderSpin->value();
    const QString reason = m_ui->reasonEdit->text().trimmed();

    QStringList problems;
    if (chapter.code.isEmpty())
        problems << tr("Code : obligatoire.");
    if (chapter.label.isEmpty())
        problems << tr("Libellé : obligatoire.");
    if (reason.isEmpty())
        problems << tr("Motif : indiquez le motif de la modification.");
    if (!m_original && !chapter.code.isEmpty())
        problems << CatalogueEditFeedback::creationConflict(
            m_admin, [&](const domain::Catalogue &c) { return c.chapter(chapter.code) != nullptr; },
            tr("Code : le chapitre « %1 » existe déjà.").arg(chapter.code));
    if (problems.isEmpty())
        problems = CatalogueEditFeedback::problems(m_admin.saveChapter(m_session, chapter, reason));
    CatalogueEditFeedback::show(m_ui->errorLabel, problems);
    if (!problems.isEmpty())
        return;
    m_savedCode = chapter.code;
    QDialog::accept();
}

} // namespace sgl::app
