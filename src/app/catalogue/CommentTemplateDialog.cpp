#include "app/catalogue/CommentTemplateDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sgl::app {

CommentTemplateDialog::CommentTemplateDialog(const domain::CommentTemplate &existing, QWidget *parent)
    : QDialog(parent),
      m_original(existing),
      m_code(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)),
      m_printed(new QCheckBox(tr("Imprimé sur le compte rendu par défaut"), this)),
      m_chapter(new QLineEdit(this)),
      m_active(new QCheckBox(tr("Proposé aux biologistes (actif)"), this))
{
    setWindowTitle(existing.code.isEmpty() ? tr("Nouveau commentaire codé") : tr("Commentaire codé %1").arg(existing.code));
    m_code->setMaxLength(int(domain::CommentTemplate::kMaxCodeLength));
    m_code->setPlaceholderText(tr("HEMOL"));
    m_code->setToolTip(tr("Majuscules sans accent, chiffres et « _ », 16 caractères au plus"));
    m_code->setEnabled(existing.code.isEmpty());
    m_text->setTabChangesFocus(true);
    m_chapter->setPlaceholderText(tr("(tous chapitres)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Code :"), m_code);
    form->addRow(tr("&Texte :"), m_text);
    form->addRow(QString(), m_printed);
    form->addRow(tr("C&hapitre :"), m_chapter);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setValue(existing);
    resize(520, 300);
}

void CommentTemplateDialog::setValue(const domain::CommentTemplate &t)
{
    m_code->setText(t.code);
    m_text->setPlainText(t.text);
    m_printed->setChecked(t.printedByDefault);
    m_chapter->setText(t.chapterCode);
    m_active->setChecked(t.active);
}

domain::CommentTemplate CommentTemplateDialog::value() const
{
    domain::CommentTemplate t = m_original;
    t.code = m_code->text();
    t.text = m_text->toPlainText();
    t.printedByDefault = m_printed->isChecked();
    t.chapterCode = m_chapter->text();
    t.active = m_active->isChecked();
    return t;
}

} // namespace sgl::app
