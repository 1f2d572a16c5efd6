// Exports of the embedded set: CSV, JSON, .npy and the Embedding Projector's two TSVs. Inputs
// that held a key (sent after the guard asked) are written with the key redacted.

#include "credential.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "npy.h"

#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace ik {

namespace {

struct ExportTarget {
    QString name, filter;
    QString suffix() const { return QFileInfo(name).suffix(); }
};

ExportTarget targetOf(EmbeddingsView::ExportFormat format) {
    using F = EmbeddingsView::ExportFormat;
    switch (format) {
    case F::Csv:
        return {QStringLiteral("embeddings.csv"), EmbeddingsView::tr("CSV (*.csv)")};
    case F::Json:
        return {QStringLiteral("embeddings.json"), EmbeddingsView::tr("JSON (*.json)")};
    case F::Npy:
        return {QStringLiteral("embeddings.npy"), EmbeddingsView::tr("NumPy array (*.npy)")};
    case F::MapCsv:
        return {QStringLiteral("map.csv"), EmbeddingsView::tr("CSV (*.csv)")};
    case F::MapPng:
        return {QStringLiteral("map.png"), EmbeddingsView::tr("PNG image (*.png)")};
    case F::ProjectorTsv:
        break;
    }
    return {QStringLiteral("vectors.tsv"),
            EmbeddingsView::tr("Projector vectors (*.tsv); metadata.tsv is written beside it")};
}

// The metadata file sits beside the vectors file, named as the projector's docs do.
QString projectorMetadataPath(const QString& vectorsPath) {
    const QFileInfo fi(vectorsPath);
    QString base = fi.completeBaseName();
    base = base.contains(QStringLiteral("vectors"))
               ? base.replace(QStringLiteral("vectors"), QStringLiteral("metadata"))
               : base + QStringLiteral("-metadata");
    return fi.dir().filePath(base + QStringLiteral(".tsv"));
}

QStringList redacted(QStringList texts) {
    for (QString& t : texts)
        t = redactSecrets(t);
    return texts;
}

} // namespace

QLayout* EmbeddingsView::buildExportRow() {
    auto* exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export:")));
    const QList<QPair<QString, ExportFormat>> formats = {
        {tr("CSV"), ExportFormat::Csv},
        {tr("JSON"), ExportFormat::Json},
        {tr(".npy"), ExportFormat::Npy},
        {tr("Projector TSVs"), ExportFormat::ProjectorTsv}};
    for (const auto& [name, format] : formats) {
        auto* b = new QPushButton(name);
        b->setObjectName(QStringLiteral("export") + name.simplified().remove(u' ').remove(u'.'));
        b->setAccessibleName(tr("Export as %1").arg(name));
        b->setEnabled(false);
        const ExportFormat f = format;
        connect(b, &QPushButton::clicked, this, [this, f] { doExport(f); });
        exports->addWidget(b);
        m_exportButtons.append(b);
    }
    exports->addStretch(1);
    return exports;
}

// One folder for every file dialog of the page, kept across runs: the inputs and their exports
// usually live together.
QString EmbeddingsView::lastFolder() {
    return QSettings().value(QStringLiteral("embeddings/lastFolder")).toString();
}

void EmbeddingsView::rememberFolder(const QString& filePath) {
    QSettings().setValue(QStringLiteral("embeddings/lastFolder"),
                         QFileInfo(filePath).absolutePath());
}

bool EmbeddingsView::exportTo(ExportFormat format, const QString& path, QString* error) const {
    QString local;
    QString* err = error ? error : &local;
    const embed::Vectors& v = vectors();
    if (v.isEmpty()) {
        *err = tr("Nothing to export: embed the inputs first.");
        return false;
    }
    const QStringList texts = redacted(m_model->texts());
    const QStringList labels = redacted(m_model->labels());
    switch (format) {
    case ExportFormat::Csv:
        return embed::writeFile(path, embed::toCsv(texts, labels, v), err);
    case ExportFormat::Json:
        return embed::writeFile(path, embed::toJson(texts, labels, v, m_workload.slug), err);
    case ExportFormat::Npy:
        return writeNpy(path, v, err);
    case ExportFormat::ProjectorTsv:
        return embed::writeFile(path, embed::projectorVectorsTsv(v), err) &&
               embed::writeFile(projectorMetadataPath(path),
                                embed::projectorMetadataTsv(texts, labels), err);
    case ExportFormat::MapCsv:
        return embed::writeFile(path, mapCsv(), err);
    case ExportFormat::MapPng:
        if (m_chartView->grab().save(path, "PNG"))
            return true;
        *err = tr("Could not write %1: check the folder exists and is writable.")
                   .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return false;
}

void EmbeddingsView::doExport(ExportFormat format) {
    const ExportTarget target = targetOf(format);
    auto write = [self = QPointer<EmbeddingsView>(this), format, target](QString path) {
        if (!self || path.isEmpty())
            return;
        // A name typed without an extension gets the format's, as the filter promised.
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + target.suffix();
        rememberFolder(path);
        QString error;
        if (self->exportTo(format, path, &error))
            self->setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        else
            self->setStatus(error, true);
    };
    if (m_saveFileHook) {
        m_saveFileHook(target.name, target.filter, write);
        return;
    }
    auto* dlg = new QFileDialog(this, tr("Export"), QDir(lastFolder()).filePath(target.name),
                                target.filter);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(target.suffix());
    connect(dlg, &QFileDialog::fileSelected, this, write);
    dlg->open();
}

} // namespace ik
