#include "app/validation/CommentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sgl::app {

CommentDialog::CommentDialog(const QList<domain::CommentTemplate> &templates, const QString &resultLabel, QWidget *parent)
    : QDialog(parent),
      m_templates(templates),
      m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_text(new QPlainTextEdit(this)),
      m_printed(new QCheckBox(tr("Imprimé sur le compte rendu"), this)),
      m_target(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Ajouter un commentaire"));
    m_filter->setPlaceholderText(tr("Code ou mot du texte (ex. HEMOL)"));
    m_filter->setClearButtonEnabled(true);
    auto *free = new QListWidgetItem(tr("(texte libre)"), m_list);
    free->setData(Qt::UserRole, QString());
    for (const domain::CommentTemplate &t : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(t.code, t.text), m_list);
        item->setData(Qt::UserRole, t.code);
        item->setToolTip(t.text);
    }
    m_list->setMinimumHeight(140);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_target->addItem(tr("Dossier entier"), false);
    if (!resultLabel.isEmpty())
        m_target->addItem(tr("Résultat : %1").arg(resultLabel), true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Rechercher :"), m_filter);
    form->addRow(tr("Commentaire &codé :"), m_list);
    form->addRow(tr("&Texte :"), m_text);
    form->addRow(QString(), m_printed);
    form->addRow(tr("&Sur :"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, 440);

    connect(m_filter, &QLineEdit::textChanged, this, &CommentDialog::setFilter);
    // Entrée in the search field keeps the template found and moves on to its text.
    connect(m_filter, &QLineEdit::returnPressed, m_text, qOverload<>(&QWidget::setFocus));
    connect(m_list, &QListWidget::currentItemChanged, this, &CommentDialog::templateChosen);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    updateOk();
    m_filter->setFocus();
}

void CommentDialog::setFilter(const QString &typed)
{
    if (m_filter->text() != typed)
        m_filter->setText(typed); // re-enters through textChanged
    const QString f = typed.trimmed();
    QListWidgetItem *exact = nullptr;
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString code = item->data(Qt::UserRole).toString();
        const bool shown = f.isEmpty() || code.isEmpty() || code.startsWith(f, Qt::CaseInsensitive)
                           || item->text().contains(f, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !code.isEmpty() && !first)
            first = item;
        if (!code.isEmpty() && code.compare(f, Qt::CaseInsensitive) == 0)
            exact = item;
    }
    if (exact)
        m_list->setCurrentItem(exact);
    else if (!f.isEmpty() && first)
        m_list->setCurrentItem(first);
}

bool CommentDialog::selectTemplate(const QString &code)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == code && !m_list->item(i)->isHidden()) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void CommentDialog::templateChosen()
{
    const QString code = templateCode();
    if (code.isEmpty()) {
        m_printed->setChecked(false);
        return;
    }
    for (const domain::CommentTemplate &t : std::as_const(m_templates))
        if (t.code == code) {
            m_text->setPlainText(t.text);
            m_printed->setChecked(t.printedByDefault);
        }
}

void CommentDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

void CommentDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void CommentDialog::setPrinted(bool printed)
{
    m_printed->setChecked(printed);
}

void CommentDialog::setOnResult(bool onResult)
{
    const int i = m_target->findData(onResult);
    if (i >= 0)
        m_target->setCurrentIndex(i);
}

QString CommentDialog::templateCode() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool CommentDialog::printed() const
{
    return m_printed->isChecked();
}

bool CommentDialog::onResult() const
{
    return m_target->currentData().toBool();
}

int CommentDialog::visibleTemplateCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

} // namespace sgl::app
