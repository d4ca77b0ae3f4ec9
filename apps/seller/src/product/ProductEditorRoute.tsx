import { getRouteApi } from '@tanstack/react-router';
import { ProductEditorPage } from './ProductEditorPage.tsx';

const route = getRouteApi('/products/$id');

/** `/products/$id`: the product editor, started afresh for another product. */
export function ProductEditorRoute() {
  const { id } = route.useParams();
  return <ProductEditorPage key={id} id={id} />;
}
