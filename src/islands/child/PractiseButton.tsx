/** Opens practice from a plan page. */
export function PractiseButton({ onClick }: { onClick: () => void }) {
  return (
    <p>
      <button type="button" class="button button-secondary" onClick={onClick}>
        Practise my plan
      </button>
    </p>
  );
}
