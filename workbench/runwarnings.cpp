#include "runwarnings.h"

#include <QCoreApplication>

namespace ik {

QStringList runWarnings(const RunRecord& record) {
    QStringList warnings;
    if (record.invalidUtf8At >= 0)
        warnings.append(QCoreApplication::translate("ik::runWarnings",
                                                    "the stream held invalid UTF-8 at byte %1: "
                                                    "the answer shows U+FFFD there")
                            .arg(record.invalidUtf8At));
    if (record.nonJsonFrames == 1)
        warnings.append(
            QCoreApplication::translate("ik::runWarnings", "1 frame was not JSON and was skipped"));
    else if (record.nonJsonFrames > 1)
        warnings.append(QCoreApplication::translate("ik::runWarnings",
                                                    "%1 frames were not JSON and were skipped")
                            .arg(record.nonJsonFrames));
    return warnings;
}

QStringList runWarnings(const Run& run) {
    return runWarnings(run.record());
}

} // namespace ik
