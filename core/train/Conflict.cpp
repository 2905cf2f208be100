#include "train/Conflict.h"

#include "train/Trainer.h"

namespace mtl {

void ConflictTally::add(const std::vector<double>& cosines, bool gradientChanged,
                        double gradientChange) {
    ++measured;
    double sum = 0;
    int n = 0;
    bool negative = false;
    for (double x : cosines)
        if (!std::isnan(x)) {
            sum += x;
            ++n;
            negative = negative || x < 0;
        }
    if (n > 0) {
        cosineSum += sum / n;
        ++withCosine;
        inConflict += negative ? 1 : 0;
    }
    changed += gradientChanged ? 1 : 0;
    changeSum += gradientChange;
}

bool ConflictTally::addSnapshot(const BatchSnapshot& s) {
    if (s.conflictStep < 0 || s.conflictStep == lastStep) return false;
    lastStep = s.conflictStep;
    add(s.cosine, s.gradientChanged, s.gradientChange);
    return true;
}

}  // namespace mtl
