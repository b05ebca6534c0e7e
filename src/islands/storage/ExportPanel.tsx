import { useState } from "preact/hooks";
import { today } from "../../core/plans/dates";
import type { Bundle } from "../../core/plans/schema";
import { downloadBytes } from "./download";
import { PassphraseForm } from "./PassphraseForm";

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
  /** Told which bundle went into the file, so leaving can know nothing is lost. */
  onExported?: (bundle: Bundle) => void;
}) {
  const pro = props.forProfessional ?? false;
  const [firstPassphrase, setFirstPassphrase] = useState<string | null>(null);
  const [second, setSecond] = useState<"offer" | "form" | "done">("offer");
  const save = async (pass: string, suffix: string) => {
    const { encrypt } = await import("../../core/crypto");
    try {
      const bundle = props.bundle();
      const bytes = await encrypt(bundle, pass);
      downloadBytes(bytes, `${props.fileName}-${today()}${suffix}.dat`);
      props.onExported?.(bundle);
      return null;
    } catch (error) {
      // The format refuses to write more than it would later agree to open.
      if (error instanceof RangeError)
        return "That is too much for one file. Save some plans on their own, or shorten some answers. Nothing on this screen has changed.";
      return "The copy could not be made in this browser. Nothing on this screen has changed.";
    }
  };
  if (firstPassphrase === null) {
    return (
      <section class="panel" aria-labelledby="export-title">
        <h3 id="export-title">{pro ? "The person's locked file" : "Save a locked copy as a file"}</h3>
        <p>
          {pro
            ? "Ask the person to choose the passphrase, and tell it to them out loud. Never write it in the same place as the file."
            : "The file is locked with the passphrase you choose here, which can be different from any other. You can keep it on a memory stick, email it to yourself, or give it to a support worker to keep for you."}
        </p>
        <PassphraseForm
          idBase="export"
          mode="new"
          submitLabel={pro ? "Download the person's copy" : "Download locked copy"}
          busyLabel="Locking…"
          onCancel={props.onDone}
          onSubmit={async (pass) => {
            const error = await save(pass, "");
            if (!error) setFirstPassphrase(pass);
            return error;
          }}
        />
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="export-done-title">
      <h3 id="export-done-title">Your locked copy is downloading</h3>
      <p role="status">
        Look for it in your downloads. It opens only with the passphrase you chose. If the downloads folder is not safe,
        move or delete the file once you have kept it somewhere else.
      </p>
      {second === "offer" && (
        <p>
          <button type="button" class="button button-secondary" onClick={() => setSecond("form")}>
            {pro ? "Make a second copy for my records" : "Make a second copy for a support worker"}
          </button>
        </p>
      )}
      {second === "form" && (
        <>
          <p>
            {pro
              ? "Your copy has its own passphrase, different from the person's, so neither passphrase opens both files. Keep it in your organisation's records."
              : "The support worker's copy has its own passphrase, so they can open theirs without knowing yours. Tell them the passphrase out loud, never in the same message as the file."}
          </p>
          <PassphraseForm
            idBase="export-second"
            mode="new"
            mustDiffer={firstPassphrase}
            submitLabel={pro ? "Download my copy" : "Download the support worker's copy"}
            busyLabel="Locking…"
            onSubmit={async (pass) => {
              const error = await save(pass, "-copy");
              if (!error) setSecond("done");
              return error;
            }}
          />
        </>
      )}
      {second === "done" && <p role="status">The second copy is downloading too.</p>}
      <button type="button" class="button button-secondary" onClick={props.onDone}>
        Close
      </button>
    </section>
  );
}
