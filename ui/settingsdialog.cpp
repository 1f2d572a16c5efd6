#include "settingsdialog.h"

#include "datafolder.h"
#include "history.h"
#include "hooks.h"
#include "mainwindow.h"
#include "runsession.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik::ui {

namespace {

enum CaColumn { CaBaseUrl, CaPath };

QSpinBox* timeoutBox(QWidget* parent, const QString& name) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, AppSettings::kMaxTimeoutSeconds);
    box->setSuffix(SettingsDialog::tr(" s"));
    box->setSpecialValueText(SettingsDialog::tr("none"));
    return box;
}

QLabel* noteLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void applyPalette(const QString& palette) {
    const std::optional<theme::Scheme> scheme = theme::parseScheme(palette);
    if (!scheme)
        return;
    if (*scheme == theme::Scheme::System) {
        // Back to what the style itself offers: the desktop's palette when one is set up.
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    theme::apply(*scheme);
}

} // namespace

QStringList applySettings(MainWindow* window, const AppSettings& settings, bool palette) {
    window->setProxyRules(settings.proxyRules());
    const QStringList problems = settings.applyTo(window->services());
    if (palette)
        applyPalette(settings.palette);
    return problems;
}

SettingsDialog::SettingsDialog(MainWindow* window)
    : QDialog(window), m_window(window), m_pages(new QTabWidget(this)),
      m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setAccessibleName(windowTitle());
    m_pages->setObjectName(u"settingsPages"_s);
    m_pages->addTab(buildNetworkPage(), tr("&Network"));
    m_pages->addTab(buildAppearancePage(), tr("&Appearance"));
    m_pages->addTab(buildDataPage(), tr("&Data"));
    m_problems->setObjectName(u"settingsProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    theme::setTextTone(m_problems, theme::Tone::Error);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    QSettings settings;
    m_loaded = AppSettings::load(settings);
    if (History* history = window->services()->history)
        m_loaded.dataFolder = QFileInfo(history->path()).absolutePath();
    fill(m_loaded);
    if (History* history = window->services()->history)
        showDataFolder(history->path());
    resize(std::max(680, minimumSizeHint().width()), std::max(520, minimumSizeHint().height()));
}

QWidget* SettingsDialog::buildNetworkPage() {
    auto* page = new QWidget(this);
    m_connectTimeout = timeoutBox(page, u"connectTimeout"_s);
    m_idleTimeout = timeoutBox(page, u"idleTimeout"_s);
    m_proxyMode = new QComboBox(page);
    m_proxyMode->setObjectName(u"proxyMode"_s);
    m_proxyMode->addItem(tr("The system's (HTTPS_PROXY, NO_PROXY)"), u"system"_s);
    m_proxyMode->addItem(tr("None: connect directly"), u"none"_s);
    m_proxyMode->addItem(tr("This proxy:"), u"url"_s);
    m_proxyUrl = new QLineEdit(page);
    m_proxyUrl->setObjectName(u"proxyUrl"_s);
    m_proxyUrl->setPlaceholderText(tr("http://proxy.example.com:3128"));
    m_noProxy = new QLineEdit(page);
    m_noProxy->setObjectName(u"noProxy"_s);
    m_noProxy->setPlaceholderText(tr("localhost, .internal.example.com"));
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);

    auto* timeouts = new QGroupBox(tr("Timeouts of each request"), page);
    auto* timeoutForm = new QFormLayout(timeouts);
    timeoutForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    timeoutForm->addRow(tr("&Connect (until headers):"), m_connectTimeout);
    timeoutForm->addRow(tr("&Idle (between reads):"), m_idleTimeout);
    auto* proxy = new QGroupBox(tr("Proxy"), page);
    auto* proxyForm = new QFormLayout(proxy);
    proxyForm->addRow(tr("&Proxy:"), m_proxyMode);
    proxyForm->addRow(tr("Proxy &URL:"), m_proxyUrl);
    proxyForm->addRow(tr("&Bypass for:"), m_noProxy);
    m_http2 = new QCheckBox(tr("&HTTP/2 when the server offers it"), page);
    m_http2->setObjectName(u"http2"_s);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(timeouts);
    layout->addWidget(proxy);
    layout->addWidget(m_http2);
    layout->addWidget(noteLabel(tr("Off, requests use HTTP/1.1: with this version of Qt it "
                                   "reaches the first token sooner on a kept-alive connection."),
                                page));
    layout->addWidget(buildCaTable(page), 1);
    return page;
}

QWidget* SettingsDialog::buildCaTable(QWidget* parent) {
    auto* box = new QGroupBox(tr("Private certificate authorities"), parent);
    m_caTable = new QTableWidget(0, 2, box);
    m_caTable->setObjectName(u"caTable"_s);
    m_caTable->setAccessibleName(tr("CA file per base URL"));
    m_caTable->setHorizontalHeaderLabels({tr("Base URL"), tr("CA file (PEM)")});
    m_caTable->horizontalHeader()->setSectionResizeMode(CaBaseUrl, QHeaderView::Stretch);
    m_caTable->horizontalHeader()->setSectionResizeMode(CaPath, QHeaderView::Stretch);
    m_caTable->verticalHeader()->hide();
    m_caTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caTable->setMinimumHeight(m_caTable->horizontalHeader()->sizeHint().height() +
                                4 * m_caTable->verticalHeader()->defaultSectionSize());
    auto* add = new QPushButton(tr("Add &row"), box);
    add->setObjectName(u"caAdd"_s);
    auto* browse = new QPushButton(tr("Bro&wse…"), box);
    browse->setObjectName(u"caBrowse"_s);
    auto* remove = new QPushButton(tr("Re&move"), box);
    remove->setObjectName(u"caRemove"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        addCaRow({});
        m_caTable->setCurrentCell(m_caTable->rowCount() - 1, CaBaseUrl);
        m_caTable->editItem(m_caTable->currentItem());
    });
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_caTable->currentRow() >= 0)
            m_caTable->removeRow(m_caTable->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(browse);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(noteLabel(tr("Trusted for that base URL on top of the system's authorities. "
                                   "Certificates are always checked."),
                                box));
    layout->addWidget(m_caTable, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* SettingsDialog::buildAppearancePage() {
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("The system's"), QString());
    // Each language in its own words, so it can be found by someone who reads only that one.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_languageNote = noteLabel(tr("The window changes language when you save."), page);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(false); // one line: the field beside it takes its own size
    m_palette = new QComboBox(page);
    m_palette->setObjectName(u"palette"_s);
    m_palette->addItem(tr("The system's"), u"system"_s);
    m_palette->addItem(tr("Light"), u"light"_s);
    m_palette->addItem(tr("Dark"), u"dark"_s);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Colours:"), m_palette);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::buildDataPage() {
    auto* page = new QWidget(this);
    m_dataFolder = new QLineEdit(page);
    m_dataFolder->setObjectName(u"dataFolder"_s);
    m_dataFolder->setReadOnly(true);
    m_dataSize = new QLabel(page);
    m_dataSize->setObjectName(u"dataSize"_s);
    auto* change = new QPushButton(tr("Chan&ge…"), page);
    change->setObjectName(u"changeDataFolder"_s);
    change->setEnabled(m_window->services()->history != nullptr);
    connect(change, &QPushButton::clicked, this, &SettingsDialog::changeDataFolder);
    m_dataFolderNote = noteLabel(QString(), page);
    m_dataFolderNote->setObjectName(u"dataFolderNote"_s);
    m_dataFolderNote->hide();
    auto* clear = new QPushButton(tr("Clear &history…"), page);
    clear->setObjectName(u"clearHistory"_s);
    clear->setEnabled(m_window->services()->history != nullptr);
    connect(clear, &QPushButton::clicked, this, &SettingsDialog::clearHistory);
    m_keepFrames = new QCheckBox(tr("&Keep the raw frames of each run (the inspector's frames of "
                                    "a reopened run)"),
                                 page);
    m_keepFrames->setObjectName(u"keepFrames"_s);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_dataSize, 1);
    sizeRow->addWidget(clear);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(change);
    auto* form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(QString(), m_dataFolderNote);
    form->addRow(tr("Size:"), sizeRow);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_keepFrames);
    layout->addWidget(noteLabel(tr("Without frames a run keeps its answer, timings and usage; "
                                   "applies from the next run."),
                                page));
    layout->addStretch(1);
    return page;
}

void SettingsDialog::fill(const AppSettings& s) {
    m_connectTimeout->setValue(s.connectTimeoutMs / 1000);
    m_idleTimeout->setValue(s.idleTimeoutMs / 1000);
    const bool isUrl = s.proxy != u"system" && s.proxy != u"none";
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(isUrl ? u"url"_s : s.proxy));
    m_proxyUrl->setText(isUrl ? s.proxy : QString());
    m_noProxy->setText(s.noProxy);
    m_caTable->setRowCount(0);
    for (const CaFile& file : s.caFiles)
        addCaRow(file);
    m_http2->setChecked(s.http2);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(s.palette)));
    m_dataFolder->setText(s.dataFolder);
    m_keepFrames->setChecked(s.keepFrames);
    updateProxyFields();
    updateDataSize();
}

void SettingsDialog::addCaRow(const CaFile& file) {
    const int row = m_caTable->rowCount();
    m_caTable->insertRow(row);
    m_caTable->setItem(row, CaBaseUrl, new QTableWidgetItem(file.baseUrl));
    m_caTable->setItem(row, CaPath, new QTableWidgetItem(file.path));
}

void SettingsDialog::browseCaFile() {
    if (m_caTable->currentRow() < 0)
        addCaRow({});
    const int row = std::max(0, m_caTable->currentRow());
    const QString path =
        hooks().openFile(this, tr("CA certificate"), tr("PEM certificates (*.pem *.crt);;All (*)"));
    if (path.isEmpty())
        return;
    m_caTable->item(row, CaPath)->setText(path);
}

void SettingsDialog::updateProxyFields() {
    const bool isUrl = m_proxyMode->currentData().toString() == u"url";
    m_proxyUrl->setEnabled(isUrl);
    m_noProxy->setEnabled(isUrl);
}

void SettingsDialog::updateDataSize() {
    m_dataSize->setText(
        tr("%1 (history database and cache)")
            .arg(QLocale().formattedDataSize(dataFolderSize(m_dataFolder->text()))));
}

AppSettings SettingsDialog::edited() const {
    AppSettings s = m_loaded;
    s.connectTimeoutMs = m_connectTimeout->value() * 1000;
    s.idleTimeoutMs = m_idleTimeout->value() * 1000;
    const QString mode = m_proxyMode->currentData().toString();
    s.proxy = mode == u"url" ? m_proxyUrl->text().trimmed() : mode;
    s.noProxy = mode == u"url" ? m_noProxy->text().trimmed() : m_loaded.noProxy;
    s.caFiles.clear();
    for (int row = 0; row < m_caTable->rowCount(); ++row) {
        const QString baseUrl = m_caTable->item(row, CaBaseUrl)->text().trimmed();
        const QString path = m_caTable->item(row, CaPath)->text().trimmed();
        if (!baseUrl.isEmpty() || !path.isEmpty())
            s.caFiles.append({baseUrl, path});
    }
    s.http2 = m_http2->isChecked();
    s.language = m_language->currentData().toString();
    s.palette = m_palette->currentData().toString();
    s.keepFrames = m_keepFrames->isChecked();
    return s;
}

bool SettingsDialog::save() {
    const AppSettings s = edited();
    QStringList problems = s.problems();
    if (m_proxyMode->currentData().toString() == u"url" && s.proxy.isEmpty())
        problems.prepend(tr("no proxy URL is given; type it as http://host:port, or choose the "
                            "system's proxy or none"));
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    QSettings settings;
    s.save(settings);
    // The network manager's connection cache is left alone: clearing it stops its thread and
    // waits for it, which would block the window and cut runs under way. A new proxy gets new
    // connections anyway (the cache is keyed by proxy); a kept-alive connection made with a CA
    // that is now removed may carry requests until it idles out.
    applySettings(m_window, s, s.palette != m_loaded.palette);
    const bool newLanguage = s.language != m_loaded.language;
    m_loaded = s;
    showProblems({});
    // Last: the switch retranslates this dialog too.
    if (newLanguage)
        emit m_window->languageChosen(s.language);
    return true;
}

QString SettingsDialog::problemText() const {
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void SettingsDialog::showProblems(const QStringList& problems) {
    QStringList lines;
    for (const QString& p : problems)
        lines.append(tr("Not saved: %1.").arg(p));
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    // A top-level window does not grow for a wrapped label by itself: make room for every line
    // rather than squeeze the pages.
    int needed = layout()->totalHeightForWidth(width());
    if (screen())
        needed = std::min(needed, screen()->availableGeometry().height());
    if (!problems.isEmpty() && height() < needed)
        resize(width(), needed);
}

void SettingsDialog::accept() {
    if (save())
        QDialog::accept();
}

void SettingsDialog::changeDataFolder() {
    History* history = m_window->services()->history;
    if (!history)
        return;
    const QString folder =
        hooks().openFolder(this, tr("Data folder"), QFileInfo(history->path()).absolutePath());
    if (folder.isEmpty())
        return;
    QSettings settings;
    const QString why = ik::changeDataFolder(settings, history->path(), folder);
    if (!why.isEmpty()) {
        hooks().inform(this, tr("Data folder"),
                       tr("The data folder was not changed: %1.").arg(why));
        return;
    }
    showDataFolder(history->path());
}

void SettingsDialog::showDataFolder(const QString& historyPath) {
    // The window's views each hold the open database: a new folder is opened at the next start.
    QSettings settings;
    const QString pending = pendingDataFolder(settings, historyPath);
    const QString current = QFileInfo(historyPath).absolutePath();
    m_dataFolder->setText(pending.isEmpty() ? current : pending);
    m_dataFolderNote->setText(
        tr("The history was copied there and is used from the next start, which first copies "
           "the runs saved until then. Until then runs are still saved in %1, which is left as "
           "it is.")
            .arg(current));
    m_dataFolderNote->setVisible(!pending.isEmpty());
    updateDataSize();
}

void SettingsDialog::clearHistory() {
    History* history = m_window->services()->history;
    if (!history)
        return;
    if (!hooks().confirm(this, tr("Clear history"),
                         tr("Delete every run kept in the history? This cannot be undone.")))
        return;
    if (!history->clear())
        hooks().inform(this, tr("Clear history"),
                       tr("The history could not be cleared: %1").arg(history->lastError()));
    updateDataSize();
}

} // namespace ik::ui
