import { useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import { today } from "../../core/plans/dates";
import type { Bundle } from "../../core/plans/schema";
import { type CopyFor, copyFileName } from "../../core/storage/file-names";
import { downloadBytes } from "./download";
import { PassphraseForm } from "./PassphraseForm";
import { revealOnShow } from "./reveal";

/**
 * "Save a copy": one locked file of the plans on this page. A second copy with a different
 * passphrase can go to a support worker to keep at their office.
 */
export function ExportPanel(props: {
  bundle: () => Bundle;
  fileName: string;
  onDone: () => void;
  /** Wording for a professional handing over: the first copy is the person's, the second theirs. */
  forProfessional?: boolean;
  /** The worker's own copy, when it holds more than the family's (a young person's plan). */
  recordsBundle?: () => Bundle;
  /** Told which bundle went into the file, so leaving can know nothing is lost. */
  onExported?: (bundle: Bundle) => void;
}) {
  const pro = props.forProfessional ?? false;
  const [firstPassphrase, setFirstPassphrase] = useState<string | null>(null);
  const [second, setSecond] = useState<"offer" | "form" | "done">("offer");
  const save = async (pass: string, copy: CopyFor) => {
    const { encrypt } = await import("../../core/crypto");
    try {
      const bundle = copy === "records" && props.recordsBundle ? props.recordsBundle() : props.bundle();
      const bytes = await encrypt(bundle, pass);
      downloadBytes(bytes, copyFileName(props.fileName, today(), copy));
      props.onExported?.(bundle);
      return null;
    } catch (error) {
      // The format refuses to write more than it would later agree to open.
      if (error instanceof RangeError) return t("storage.export.tooMuch");
      return t("storage.export.failed");
    }
  };
  if (firstPassphrase === null) {
    return (
      <section class="panel" aria-labelledby="export-title">
        <h3 id="export-title">{pro ? t("storage.export.titlePro") : t("storage.export.title")}</h3>
        <p>{pro ? t("storage.export.introPro") : t("storage.export.intro")}</p>
        <PassphraseForm
          idBase="export"
          mode="new"
          submitLabel={pro ? t("storage.export.downloadPro") : t("storage.export.download")}
          busyLabel={t("storage.locking")}
          onCancel={props.onDone}
          onSubmit={async (pass) => {
            const error = await save(pass, pro ? "family" : "own");
            if (!error) setFirstPassphrase(pass);
            return error;
          }}
        />
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="export-done-title">
      <h3 id="export-done-title" tabIndex={-1} ref={revealOnShow}>
        {t("storage.export.doneTitle")}
      </h3>
      <p role="status">{t("storage.export.doneText")}</p>
      {second === "offer" && (
        <p>
          <button type="button" class="button button-secondary" onClick={() => setSecond("form")}>
            {pro ? t("storage.export.secondPro") : t("storage.export.second")}
          </button>
        </p>
      )}
      {second === "form" && (
        <>
          <p>{pro ? t("storage.export.secondIntroPro") : t("storage.export.secondIntro")}</p>
          <PassphraseForm
            idBase="export-second"
            mode="new"
            mustDiffer={firstPassphrase}
            submitLabel={pro ? t("storage.export.downloadSecondPro") : t("storage.export.downloadSecond")}
            busyLabel={t("storage.locking")}
            onSubmit={async (pass) => {
              const error = await save(pass, pro ? "records" : "second");
              if (!error) setSecond("done");
              return error;
            }}
          />
        </>
      )}
      {second === "done" && <p role="status">{t("storage.export.secondDone")}</p>}
      <button type="button" class="button button-secondary" onClick={props.onDone}>
        {t("storage.close")}
      </button>
    </section>
  );
}
